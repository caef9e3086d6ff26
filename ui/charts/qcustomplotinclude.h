#pragma once

// Debian's qcustomplot.h still spells Qt's `signals`, `slots` and `foreach`
// keywords, which the compile policy turns off for Shortlist's own code
// (QT_NO_KEYWORDS, QT_NO_FOREACH). Map them for the header alone.
#define signals Q_SIGNALS
#define slots Q_SLOTS
#define foreach(variable, container) for (variable : container)
#include <qcustomplot.h>
#undef foreach
#undef slots
#undef signals
