#pragma once

#include "domain/types.h"
#include "templates/openingtemplates.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace shortlist {

// Create an opening from a template, or edit an opening's details. Validates
// before it closes; the caller saves opening().
class OpeningDialog : public QDialog {
    Q_OBJECT

public:
    // Create mode: choose a template; everything it holds is copied.
    OpeningDialog(const QList<OpeningTemplate> &templates, const QList<Person> &people, QWidget *parent = nullptr);
    // Edit mode: the opening's details (its plan stays as it is).
    OpeningDialog(const Opening &opening, const QList<Person> &people, QWidget *parent = nullptr);

    Opening opening() const;
    void accept() override;

private:
    void build(const QList<Person> &people, bool createMode);
    void applyTemplate(int index);
    void setFields(const Opening &o);

    QList<OpeningTemplate> m_templates;
    Opening m_base;
    QComboBox *m_template = nullptr;
    QLineEdit *m_title = nullptr;
    QLineEdit *m_team = nullptr;
    QLineEdit *m_location = nullptr;
    QSpinBox *m_headcount = nullptr;
    QComboBox *m_manager = nullptr;
    QComboBox *m_status = nullptr;
    QDateEdit *m_created = nullptr;
    QDateEdit *m_target = nullptr;
    QPlainTextEdit *m_description = nullptr;
    QLabel *m_planSummary = nullptr;
    QLabel *m_errors = nullptr;
};

} // namespace shortlist
