#pragma once

#include <QByteArray>
#include <QString>
#include <cstdio>
#include <cstdlib>

// A harness's own assertion: a broken promise of the code under test, not a memory error, yet a finding all the same.
// It prints what was broken and aborts, so libFuzzer keeps the input as a crash.
#define ROPA_FUZZ_CHECK(condition, what)                                                                               \
    do {                                                                                                               \
        if (!(condition)) {                                                                                            \
            std::fprintf(stderr, "ROPA_FUZZ_CHECK failed at %s:%d: %s\n  %s\n", __FILE__, __LINE__, #condition,        \
                         QString(what).toUtf8().constData());                                                          \
            std::abort();                                                                                              \
        }                                                                                                              \
    } while (false)
