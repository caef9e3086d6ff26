#pragma once

#include "domain/types.h"
#include "storage/error.h"

#include <QCoreApplication>

namespace shortlist {

struct OpeningTemplate {
    QString key;
    QString title;
    int targetDays = 90;
    Opening opening;  // everything an opening created from it gets (copied, then editable)
};

// Opening templates stored as JSON resources under :/templates/.
class OpeningTemplates {
    Q_DECLARE_TR_FUNCTIONS(OpeningTemplates)

public:
    static QList<OpeningTemplate> all();
    static std::optional<OpeningTemplate> byKey(const QString &key);
    static Result<OpeningTemplate> parse(const QByteArray &json);
    // A new opening from the template, created today.
    static Opening instantiate(const OpeningTemplate &tmpl, const QDate &createdOn);
};

} // namespace shortlist
