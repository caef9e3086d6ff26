#pragma once

// A test that needs an outside tool (a PostgreSQL server, python3-icalendar)
// skips without it on a developer's machine, but fails under scripts/test and
// CI, which install every tool: there a skip would hide a test that never ran.

#include <QtTest>

#define SHORTLIST_REQUIRE_TOOL(available, reason)                        \
    do {                                                                 \
        if (!(available)) {                                              \
            if (qEnvironmentVariableIsSet("SHORTLIST_REQUIRE_TOOLS"))    \
                QFAIL(qPrintable(reason));                               \
            QSKIP(qPrintable(reason));                                   \
        }                                                                \
    } while (false)
