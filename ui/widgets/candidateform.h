#pragma once

#include "domain/types.h"
#include "domain/validation.h"

#include <QHash>
#include <QWidget>

class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace shortlist {

// The candidate's profile fields with validation shown next to each field.
class CandidateForm : public QWidget {
    Q_OBJECT

public:
    explicit CandidateForm(QWidget *parent = nullptr);

    void setCandidate(const Candidate &candidate);
    // The edited values on top of the candidate last set (id, version kept).
    Candidate candidate() const;
    // Shows each problem under its field; true when there is none.
    bool validate();
    void showErrors(const QList<FieldError> &errors);
    void setReadOnly(bool readOnly);
    bool isModified() const { return m_modified; }
    void setModified(bool modified);

Q_SIGNALS:
    void modifiedChanged(bool modified);

private:
    QLineEdit *addLine(QFormLayout *form, const QString &field, const QString &label, const QString &objectName);
    QLabel *errorLabel(const QString &field) const { return m_errors.value(field); }

    Candidate m_base;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_email = nullptr;
    QLineEdit *m_phone = nullptr;
    QLineEdit *m_location = nullptr;
    QLineEdit *m_title = nullptr;
    QLineEdit *m_company = nullptr;
    QSpinBox *m_years = nullptr;
    QLineEdit *m_skills = nullptr;
    QLineEdit *m_source = nullptr;
    QLineEdit *m_referrer = nullptr;
    QLineEdit *m_tags = nullptr;
    QPlainTextEdit *m_links = nullptr;
    QHash<QString, QLabel *> m_errors;   // field -> its error label
    QHash<QString, QWidget *> m_fields;  // field -> its editor
    bool m_modified = false;
    bool m_loading = false;
};

} // namespace shortlist
