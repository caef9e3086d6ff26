#pragma once

#include "formats/scorecardfile.h"

#include <QWidget>

class QButtonGroup;
class QLabel;
class QPlainTextEdit;

namespace shortlist {

// A scorecard to fill in: per focus competency, the four levels with the
// behaviour each describes, "not assessed" as its own choice, and evidence;
// then the overall recommendation (no neutral choice) and a summary.
class ScorecardForm : public QWidget {
    Q_OBJECT

public:
    explicit ScorecardForm(QWidget *parent = nullptr);

    void setContent(const ScorecardFileContent &content);
    QList<CompetencyRating> ratings() const;
    std::optional<Recommendation> overall() const;
    QString summary() const;
    // What is missing before submitting, or an empty string.
    QString problem() const;

    // For tests: what clicking would do. level 0 = not assessed.
    void setAnswer(int competencyRow, int level, const QString &evidence = {});
    void setOverall(Recommendation recommendation);
    void setSummary(const QString &text);

Q_SIGNALS:
    void changed();

private:
    struct Row {
        qint64 competencyId = 0;
        QButtonGroup *levels = nullptr;   // ids 1-4, 0 = not assessed
        QPlainTextEdit *evidence = nullptr;
    };
    QList<Row> m_rows;
    QWidget *m_body = nullptr;
    QLabel *m_heading = nullptr;
    QButtonGroup *m_overall = nullptr;
    QPlainTextEdit *m_summary = nullptr;
};

} // namespace shortlist
