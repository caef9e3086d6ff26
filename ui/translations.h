#pragma once

class QCoreApplication;

namespace shortlist {

// Qt's own strings in the user's language when installed, and Shortlist's:
// the user's language if there is a translation, otherwise English (whose
// .ts supplies the plural forms, "1 day" / "3 days").
void installTranslators(QCoreApplication &app);

} // namespace shortlist
