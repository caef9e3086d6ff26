// Benchmarks for interviews and scorecards (issue 4), on a database this
// benchmark builds: an opening with 500 candidates, each interviewed once by a
// panel of four who all submitted scorecards.
//   debrief_one_application  <= 20 ms      (baseline: the same ratings read raw)
//   alpha_bootstrap_500x4    <= 200 ms     (1,000 resamples; baseline: one alpha)
//   import_100_files         <= 1 s        (baseline: the same rows inserted raw)
// --quick: 100 candidates.

#include "benchcommon.h"

#include "../common/testdb.h"

#include "analytics/agreement.h"
#include "formats/scorecardfile.h"
#include "repositories/calibrationrepository.h"
#include "repositories/debriefrepository.h"
#include "repositories/interviewrepository.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

using namespace shortlist;
using namespace shortlist::bench;
using namespace shortlist::test;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const bool quick = app.arguments().contains(QStringLiteral("--quick"));
    const int candidates = quick ? 100 : 500;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("interviews.shortlist"));
    auto db = createDatabase(path);
    if (!db)
        return 1;
    QList<qint64> raters;
    {
        SqlQuery q(*db);
        for (int r = 0; r < 4; ++r) {
            q.prepare(QStringLiteral("INSERT INTO people (name, email, role, created_at) VALUES (?, ?, 'interviewer', 0) RETURNING id"));
            q.bind(QStringLiteral("Rater %1").arg(r)).bind(QStringLiteral("rater%1@example.com").arg(r));
            if (!q.exec() || !q.next())
                return 1;
            raters << q.int64(0);
        }
    }
    const qint64 opening = createOpening(*db);
    const Opening plan = OpeningRepository(*db).load(opening).value();
    QList<qint64> focus;
    for (const Competency &c : plan.competencies)
        focus << c.id;
    QList<qint64> applications;
    QList<qint64> interviews;
    QElapsedTimer setup;
    setup.start();
    QRandomGenerator random(11);
    {
        WriteTransaction tx(*db);
        for (int c = 0; c < candidates; ++c) {
            Interview i;
            i.applicationId = addCandidate(*db, opening, QStringLiteral("Candidate %1").arg(c)).applicationId;
            i.stageId = plan.stages.at(2).id;
            i.start = QDateTime(QDate(2026, 10, 1).addDays(c % 50), QTime(10, 0), QTimeZone("Europe/London"));
            for (qint64 r : std::as_const(raters))
                i.panel << PanelMember{r, focus};
            const qint64 interview = InterviewRepository(*db).schedule(i).value();
            applications << i.applicationId;
            interviews << interview;
            const int truth = 1 + random.bounded(4);
            // The last rater's scorecard arrives later, as a file.
            for (int k = 0; k < 3; ++k) {
                Scorecard s = ScorecardRepository(*db).current(interview, raters.at(k)).value();
                for (CompetencyRating &rating : s.ratings)
                    rating.rating = std::clamp(truth + random.bounded(3) - 1, 1, 4);
                s.overall = truth >= 3 ? Recommendation::Yes : Recommendation::No;
                if (!ScorecardRepository(*db).submit(s))
                    return 1;
            }
        }
        if (!tx.commit())
            return 1;
    }
    std::printf("# %d candidates x 4 raters x %lld competencies built in %.1f s\n", candidates, qint64(focus.size()),
                double(setup.elapsed()) / 1000.0);

    // 3. import 100 scorecard files (the fourth rater's).
    QList<QPair<QString, QByteArray>> files;
    for (int n = 0; n < 100 && n < interviews.size(); ++n) {
        const QByteArray blank = ScorecardFile::create(*db, interviews.at(n), raters.at(3)).value();
        QList<CompetencyRating> ratings;
        for (qint64 c : std::as_const(focus))
            ratings << CompetencyRating{c, 1 + int(random.bounded(4)), false, QStringLiteral("Evidence for competency %1").arg(c)};
        files << qMakePair(QStringLiteral("file%1.json").arg(n), ScorecardFile::fillAndSign(blank, ratings, Recommendation::Yes, QStringLiteral("ok")).value());
    }
    QElapsedTimer t;
    t.start();
    const QList<ScorecardImportResult> results = ScorecardImport::importFiles(*db, files);
    const double importSeconds = double(t.nsecsElapsed()) / 1e9;
    for (const ScorecardImportResult &r : results) {
        if (!r.imported) {
            std::fprintf(stderr, "import failed: %s\n", qPrintable(r.message));
            return 1;
        }
    }
    double rawImport = 0;
    {
        sqlite3 *raw = openRaw(path.toUtf8(), false);
        QElapsedTimer r;
        r.start();
        execRaw(raw, "BEGIN IMMEDIATE");
        sqlite3_stmt *card = nullptr;
        sqlite3_stmt *rating = nullptr;
        sqlite3_prepare_v2(raw, "INSERT INTO scorecards (interview_id, person_id, revision, status, overall, summary, submitted_at, updated_at) "
                                "VALUES (?, ?, 9, 'submitted', 'yes', 'ok', 0, 0)", -1, &card, nullptr);
        sqlite3_prepare_v2(raw, "INSERT INTO scorecard_ratings (scorecard_id, competency_id, rating, evidence) VALUES (?, ?, 3, 'x')", -1, &rating, nullptr);
        for (int n = 0; n < files.size(); ++n) {
            sqlite3_bind_int64(card, 1, interviews.at(n));
            sqlite3_bind_int64(card, 2, raters.at(3));
            sqlite3_step(card);
            sqlite3_reset(card);
            const qint64 id = sqlite3_last_insert_rowid(raw);
            for (qint64 c : std::as_const(focus)) {
                sqlite3_bind_int64(rating, 1, id);
                sqlite3_bind_int64(rating, 2, c);
                sqlite3_step(rating);
                sqlite3_reset(rating);
            }
        }
        sqlite3_finalize(card);
        sqlite3_finalize(rating);
        execRaw(raw, "ROLLBACK");
        rawImport = double(r.nsecsElapsed()) / 1e9;
        sqlite3_close(raw);
    }

    // 1. debrief for one application: median over 50.
    QList<double> debriefMs;
    QList<double> rawMs;
    sqlite3 *raw = openRaw(path.toUtf8(), true);
    for (int n = 0; n < 50; ++n) {
        const qint64 application = applications.at((n * 7) % applications.size());
        t.restart();
        Result<Debrief> d = DebriefRepository(*db).forApplication(application);
        debriefMs << double(t.nsecsElapsed()) / 1e6;
        if (!d || !d->formulaScore)
            return 1;
        t.restart();
        stepAll(raw, QStringLiteral("SELECT r.competency_id, s.person_id, r.rating FROM scorecard_ratings r JOIN scorecards s ON s.id = r.scorecard_id "
                                    "JOIN interviews i ON i.id = s.interview_id WHERE i.application_id = ? AND s.status = 'submitted'"),
                {application});
        rawMs << double(t.nsecsElapsed()) / 1e6;
    }
    sqlite3_close(raw);
    report("debrief_one_application", percentile(debriefMs, 0.5), "ms", percentile(rawMs, 0.5), "ms (raw read of the same ratings)");
    target("debrief_one_application", percentile(debriefMs, 0.5) <= 20, "<= 20 ms");

    // 2. alpha with 1,000 bootstrap resamples: 500 candidates x 4 raters on one competency.
    QList<RatedUnit> units;
    for (int c = 0; c < candidates; ++c) {
        const int truth = 1 + random.bounded(4);
        RatedUnit unit;
        for (int r = 0; r < 4; ++r)
            unit << double(std::clamp(truth + random.bounded(3) - 1, 1, 4));
        units << unit;
    }
    t.restart();
    const AlphaResult one = krippendorffAlpha(units, AlphaMetric::Ordinal);
    const double oneMs = double(t.nsecsElapsed()) / 1e6;
    t.restart();
    const std::optional<AlphaInterval> ci = bootstrapAlpha(units, AlphaMetric::Ordinal, 1000);
    const double bootMs = double(t.nsecsElapsed()) / 1e6;
    if (!one.alpha || !ci)
        return 1;
    std::printf("# alpha %.3f, 95%% interval %.3f-%.3f over %d units\n", *one.alpha, ci->low, ci->high, one.pairableUnits);
    report("alpha_bootstrap_500x4", bootMs, "ms", oneMs, "ms (one alpha, no resampling)");
    target("alpha_bootstrap_500x4", bootMs <= 200, "<= 200 ms");

    report("import_100_files", importSeconds, "s", rawImport, "s (the same rows inserted raw)");
    target("import_100_files", importSeconds <= 1, "<= 1 s");

    // The opening's whole calibration, for scale.
    t.restart();
    const QList<CompetencyAgreement> agreement = CalibrationRepository(*db).agreement(opening, 1000).value();
    std::printf("# calibration: alpha with intervals for %lld competencies and the panel in %.0f ms\n", qint64(agreement.size()),
                double(t.nsecsElapsed()) / 1e6);
    return 0;
}
