#pragma once

#include "analytics/plancoverage.h"
#include "domain/types.h"
#include "repositories/interviewplanrepository.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;
class QStackedWidget;
class QTableWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace shortlist {

class Database;

// Edits an opening's interview plan: per interview stage, the interviews it
// holds and, per interviewer slot, the kit — focus competencies, must-have
// requirements to probe, questions. The coverage table below updates with
// every change: each competency and must-have should have two independent
// interviewers; fewer is thin, none is missing.
class InterviewPlanDialog : public QDialog {
    Q_OBJECT

public:
    InterviewPlanDialog(Database &db, qint64 openingId, QWidget *parent = nullptr);

    bool isUsable() const { return m_usable; }
    QList<PlanInterview> plan() const { return m_plan; }
    CoverageReport coverage() const;

    // Test hooks.
    void setPlan(const QList<PlanInterview> &plan);
    void resetToDefault();
    QTableWidget *coverageTable() const { return m_coverage; }
    QString problemText() const;

public Q_SLOTS:
    void accept() override;

private:
    void buildTree();
    void currentChanged();
    void editorChanged();
    void updateCoverage();
    void addInterview();
    void addSlot();
    void removeCurrent();
    QString interviewLabel(const PlanInterview &interview) const;
    // (interview index, slot index or -1) of a tree item.
    static std::pair<int, int> position(const QTreeWidgetItem *item);

    Database &m_db;
    bool m_usable = false;
    bool m_updating = false;
    Opening m_opening;
    QList<PlanInterview> m_plan;

    QTreeWidget *m_tree = nullptr;
    QStackedWidget *m_editors = nullptr;
    QLineEdit *m_interviewTitle = nullptr;
    QComboBox *m_interviewStage = nullptr;
    QSpinBox *m_interviewDuration = nullptr;
    QLineEdit *m_slotRole = nullptr;
    QListWidget *m_slotCompetencies = nullptr;
    QListWidget *m_slotRequirements = nullptr;
    QPlainTextEdit *m_slotQuestions = nullptr;
    QTableWidget *m_coverage = nullptr;
    QLabel *m_coverageSummary = nullptr;
    QLabel *m_problem = nullptr;
};

} // namespace shortlist
