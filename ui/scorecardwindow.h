#pragma once

#include <QMainWindow>

class QLabel;

namespace shortlist {

class ScorecardForm;

// `shortlist --scorecard FILE`: a small window for a panelist without the
// database. It shows their kit, lets them fill in the scorecard, and saving
// signs the file (content hash) for the hiring manager to import.
class ScorecardWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit ScorecardWindow(QWidget *parent = nullptr);

    bool openFile(const QString &path);
    // Validates, signs and writes the file; false with the reason shown.
    bool save();
    ScorecardForm *form() const { return m_form; }
    QString statusText() const;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    QString m_path;
    QByteArray m_original;
    bool m_modified = false;
    ScorecardForm *m_form = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace shortlist
