#pragma once

#include "domain/types.h"

#include <QDialog>

#include <optional>

namespace shortlist {

class CandidateForm;

// Add a candidate: the profile form in a dialog that does not close while a
// field is invalid.
class CandidateDialog : public QDialog {
    Q_OBJECT

public:
    explicit CandidateDialog(const QString &openingTitle, QWidget *parent = nullptr);
    Candidate candidate() const;
    void accept() override;

    // Runs the dialog; nullopt when cancelled. Tests pre-set the answer.
    static std::optional<Candidate> getCandidate(QWidget *parent, const QString &openingTitle);
    static void setNextCandidate(const std::optional<Candidate> &candidate);

private:
    CandidateForm *m_form = nullptr;
};

} // namespace shortlist
