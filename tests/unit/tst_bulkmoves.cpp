// Moving many applications at once: one transaction, an event and an audit
// entry each, the right ones skipped, and an exact undo and redo.

#include "../common/testdb.h"

#include "repositories/applicationrepository.h"

using namespace shortlist;
using namespace shortlist::test;

class TestBulkMoves : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_opening = 0;
    Opening m_plan;
    QList<qint64> m_ids;

    qint64 stageId(StageCategory category, int nth = 0) const
    {
        for (const Stage &s : m_plan.stages) {
            if (s.category == category && nth-- == 0)
                return s.id;
        }
        return 0;
    }

    QString snapshot() const
    {
        return text(*m_db, QStringLiteral("SELECT group_concat(id || ':' || stage_id || ':' || status || ':' || rejection_reason || ':' || "
                                          "stage_entered_at || ':' || version, ' ') FROM (SELECT * FROM applications WHERE opening_id = %1 "
                                          "ORDER BY id)")
                                .arg(m_opening))
            + QLatin1Char('|') + QString::number(scalar(*m_db, QStringLiteral("SELECT count(*) FROM stage_events")));
    }

private Q_SLOTS:
    void init()
    {
        m_db.reset();
        QFile::remove(m_dir.filePath(QStringLiteral("bulk.shortlist")));
        m_db = createDatabase(m_dir.filePath(QStringLiteral("bulk.shortlist")));
        QVERIFY(m_db);
        m_opening = createOpening(*m_db);
        m_plan = OpeningRepository(*m_db).load(m_opening).value();
        m_ids.clear();
        for (int i = 0; i < 30; ++i)
            m_ids << addCandidate(*m_db, m_opening, QStringLiteral("Person %1").arg(i), 1'700'000'000 + i).applicationId;
        // Two are closed already.
        QVERIFY(Pipeline(*m_db).reject(m_ids.at(0), 1, QStringLiteral("Compensation mismatch")));
        QVERIFY(Pipeline(*m_db).withdraw(m_ids.at(1), 1, QStringLiteral("Accepted another offer")));
    }

    void moveMany_movesActiveOnes_withEventsAndAudit_andUndoesExactly()
    {
        const QString before = snapshot();
        const qint64 audits = scalar(*m_db, QStringLiteral("SELECT count(*) FROM audit_log"));
        const qint64 target = stageId(StageCategory::Interview);
        Result<ApplicationRepository::BulkResult> moved = Pipeline(*m_db).moveMany(m_opening, m_ids, target);
        QVERIFY2(moved, qPrintable(moved.error().message));
        QCOMPARE(moved->moves.size(), 28);
        QCOMPARE(moved->skipped, 2);
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM applications WHERE stage_id = %1").arg(target)), 28);
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM stage_events WHERE to_stage_id = %1").arg(target)), 28);
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM audit_log")), audits + 28);
        for (const StageMove &m : std::as_const(moved->moves))
            QVERIFY(m.eventId > 0);

        QCOMPARE(ApplicationRepository(*m_db).revertMany(moved->moves).code, ErrorCode::None);
        QCOMPARE(snapshot(), before);

        Result<QList<StageMove>> redone = ApplicationRepository(*m_db).reapplyMany(moved->moves, {});
        QVERIFY2(redone, qPrintable(redone.error().message));
        QCOMPARE(redone->size(), 28);
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM applications WHERE stage_id = %1").arg(target)), 28);
        QCOMPARE(ApplicationRepository(*m_db).revertMany(*redone).code, ErrorCode::None);
        QCOMPARE(snapshot(), before);
    }

    void rejectMany_needsAReason_andRejectsOnlyActive()
    {
        const QString before = snapshot();
        const qint64 rejected = stageId(StageCategory::Rejected);
        Result<ApplicationRepository::BulkResult> none = Pipeline(*m_db).moveMany(m_opening, m_ids, rejected, QStringLiteral("  "));
        QVERIFY(!none);
        QVERIFY(none.error().message.contains(QStringLiteral("reason")));
        QCOMPARE(snapshot(), before);
        Result<ApplicationRepository::BulkResult> done = Pipeline(*m_db).moveMany(m_opening, m_ids, rejected, QStringLiteral("Position filled"));
        QVERIFY(done);
        QCOMPARE(done->moves.size(), 28);
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM applications WHERE rejection_reason = 'Position filled' AND status = 'rejected'")), 28);
        // The withdrawn one stays withdrawn.
        QCOMPARE(text(*m_db, QStringLiteral("SELECT status FROM applications WHERE id = %1").arg(m_ids.at(1))), QStringLiteral("withdrawn"));
    }

    void moveMany_acrossOpenings_refused_andNothingWritten()
    {
        const qint64 other = createOpening(*m_db);
        const qint64 foreign = addCandidate(*m_db, other, QStringLiteral("Elsewhere")).applicationId;
        const QString before = snapshot();
        QList<qint64> ids = m_ids;
        ids << foreign;
        Result<ApplicationRepository::BulkResult> moved = Pipeline(*m_db).moveMany(m_opening, ids, stageId(StageCategory::Screen));
        QVERIFY(!moved);
        QVERIFY(moved.error().message.contains(QStringLiteral("another opening")));
        QCOMPARE(snapshot(), before);
    }

    void revertMany_afterALaterMove_isStale_andAllOrNothing()
    {
        Result<ApplicationRepository::BulkResult> moved = Pipeline(*m_db).moveMany(m_opening, m_ids, stageId(StageCategory::Screen));
        QVERIFY(moved);
        // One of them moves on by itself.
        const StageMove &last = moved->moves.constLast();
        QVERIFY(Pipeline(*m_db).moveToNextStage(last.applicationId, last.after.version));
        const QString before = snapshot();
        const Error e = ApplicationRepository(*m_db).revertMany(moved->moves);
        QCOMPARE(e.code, ErrorCode::Stale);
        QCOMPARE(snapshot(), before);
    }

    void hired_countsAgainstHeadcount()
    {
        QCOMPARE(Pipeline(*m_db).remainingHeadcount(m_opening).value(), m_plan.headcount);
        const qint64 hired = stageId(StageCategory::Hired);
        Result<ApplicationRepository::BulkResult> moved = Pipeline(*m_db).moveMany(m_opening, m_ids.mid(2, 3), hired);
        QVERIFY(moved);
        QCOMPARE(Pipeline(*m_db).remainingHeadcount(m_opening).value(), m_plan.headcount - 3);
    }
};

QTEST_GUILESS_MAIN(TestBulkMoves)
#include "tst_bulkmoves.moc"
