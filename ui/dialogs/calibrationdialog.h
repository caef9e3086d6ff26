#pragma once

#include <QDialog>

class QLabel;
class QTableWidget;

namespace shortlist {

class Database;

// Opening › Interviewer Calibration: how far the panel agrees (Krippendorff's
// ordinal alpha per competency and for the whole panel, with a bootstrap
// interval and the units it rests on) and how each interviewer rates
// relative to the panel on the same candidates.
class CalibrationDialog : public QDialog {
    Q_OBJECT

public:
    CalibrationDialog(Database &db, qint64 openingId, QWidget *parent = nullptr);

    bool isUsable() const { return m_usable; }
    QTableWidget *agreementTable() const { return m_agreement; }
    QTableWidget *interviewerTable() const { return m_interviewers; }

private:
    bool load(Database &db, qint64 openingId);

    bool m_usable = false;
    QLabel *m_intro = nullptr;
    QTableWidget *m_agreement = nullptr;
    QTableWidget *m_interviewers = nullptr;
};

} // namespace shortlist
