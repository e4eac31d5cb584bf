#include <unicode/ubrk.h>
#include <unicode/utext.h>
#include <unicode/uscript.h>
#include <unicode/utrans.h>
#include <unicode/unum.h>
#include <unicode/uchar.h>
