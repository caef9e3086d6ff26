#pragma once

#include "types.h"

#include <QCoreApplication>

namespace shortlist {

struct FieldError {
    QString field;    // "name", "email", "phone", "years", ...
    QString message;  // what is wrong and how to fix it
};

class Validation {
    Q_DECLARE_TR_FUNCTIONS(Validation)

public:
    static QList<FieldError> candidate(const Candidate &candidate);
    static QList<FieldError> opening(const Opening &opening);
    static bool isValidEmail(const QString &email);
    static bool isValidPhone(const QString &phone);
    // Digits with a leading '+' kept: "+44 (20) 7946-0000" -> "+442079460000".
    static QString normalizedPhone(const QString &phone);
};

} // namespace shortlist
