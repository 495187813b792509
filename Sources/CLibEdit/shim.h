#ifndef CLIBEDIT_SHIM_H
#define CLIBEDIT_SHIM_H
#include <stdio.h>
/* libedit's readline-compatible API. Not <readline/readline.h>: that is GNU readline. */
#include <editline/readline.h>
#endif
