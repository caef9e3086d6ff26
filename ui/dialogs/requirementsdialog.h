#pragma once

#include "domain/types.h"
#include "repositories/matchrepository.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QTableWidget;

namespace shortlist {

// Opening › Requirements: the weighted requirements the match score uses
// (skill, weight 1-10, must-have, minimum years, synonyms and keywords that
// count as the skill), and the user's skill synonyms shared by all openings.
// Validates before it closes; the caller saves and rescores.
class RequirementsDialog : public QDialog {
    Q_OBJECT

public:
    RequirementsDialog(const QString &openingTitle, const QList<Requirement> &requirements, const QList<SkillSynonym> &synonyms,
                       QWidget *parent = nullptr);

    QList<Requirement> requirements() const;
    // Synonyms as edited (alias -> canonical), to diff against the stored ones.
    QList<SkillSynonym> synonyms() const;
    void accept() override;
    QString errorText() const;

    // For tests: what the user would type.
    void addRequirement(const Requirement &requirement);
    void removeRequirement(int row);
    void addSynonym(const QString &alias, const QString &canonical);

private:
    void addRow(const Requirement &r);
    QTableWidget *m_table = nullptr;
    QTableWidget *m_synonyms = nullptr;
    QLabel *m_error = nullptr;
    QList<Requirement> m_original;
};

} // namespace shortlist
