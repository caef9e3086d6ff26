#pragma once

#include "repositories/scorecardrepository.h"
#include "storage/error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QMap>

namespace shortlist {

class Database;

// What the scorecard window shows and edits.
struct ScorecardFileContent {
    struct Item {
        qint64 id = 0;
        QString name;
        QString description;
        QMap<int, QString> levels;   // level -> the behaviour described at that level
        CompetencyRating answer;
    };
    QString candidate;
    QString opening;
    QString interviewer;
    QString stage;
    QString interviewTitle;
    QString start;                   // ISO 8601, as written
    QString timeZone;
    QMap<int, QString> scale;        // level -> name
    QList<Item> competencies;
    std::optional<Recommendation> overall;
    QString summary;
    bool isSigned = false;
};

// Offline scorecards for panelists without the database: one JSON file per
// interviewer and interview (format "shortlist-scorecard", version 1, see
// docs/scorecard-file.md) holding the candidate's name, the interviewer's kit
// and the rating scale — and no other interviewer's feedback. The panelist
// fills it in and saves; saving signs it with a SHA-256 of its content, so an
// edit after signing is detected on import.
class ScorecardFile {
    Q_DECLARE_TR_FUNCTIONS(ScorecardFile)

public:
    static constexpr auto format = "shortlist-scorecard";
    static constexpr int version = 1;

    // The blank (unsigned) file for one panelist of an interview.
    static Result<QByteArray> create(Database &db, qint64 interviewId, qint64 personId);
    // Fills in the answers and signs: what the scorecard window writes.
    static Result<QByteArray> fillAndSign(const QByteArray &file, const QList<CompetencyRating> &ratings,
                                          std::optional<Recommendation> overall, const QString &summary);
    // Reads a file for the scorecard window: format and version checked.
    static Result<ScorecardFileContent> read(const QByteArray &file);
    // The in-app form's content: the same kit and scale, with the
    // interviewer's latest revision (draft or submitted) filled in.
    static Result<ScorecardFileContent> formContent(Database &db, qint64 interviewId, qint64 personId);
    // The content hash over everything but the signature (canonical JSON).
    static QString contentHash(const QJsonObject &file);
};

// The result of importing one returned file.
struct ScorecardImportResult {
    QString fileName;
    bool imported = false;
    QString message;   // what was imported, or what is wrong and how to fix it
};

// Imports returned files: each is validated completely (format and version,
// signature, database, interview, interviewer on the panel, competencies,
// answers complete, not a duplicate) and submitted in its own transaction;
// a file with any problem writes nothing and says why.
class ScorecardImport {
    Q_DECLARE_TR_FUNCTIONS(ScorecardImport)

public:
    static QList<ScorecardImportResult> importFiles(Database &db, const QList<QPair<QString, QByteArray>> &files);
    static ScorecardImportResult importFile(Database &db, const QString &fileName, const QByteArray &content);
};

} // namespace shortlist
