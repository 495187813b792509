// factsh-bench: the fact-store benchmark (see ../shared/bench/store/README.md for the contract).
// SCAFFOLD: the store issue builds it.
print("factsh-bench: not built yet")
