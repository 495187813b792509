import ArgumentParser

FactshCommand.main()
