#include "candidateimport.h"

#include "domain/textfold.h"
#include "domain/validation.h"
#include "formats/csvreader.h"
#include "repositories/auditrepository.h"
#include "repositories/candidaterepository.h"
#include "repositories/duplicaterepository.h"
#include "repositories/importwriter.h"
#include "repositories/matchrepository.h"
#include "repositories/metarepository.h"
#include "repositories/openingrepository.h"
#include "storage/bulkstatement.h"
#include "storage/database.h"
#include "storage/sqlquery.h"
#include "storage/transaction.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>

#include <vector>

namespace shortlist {

QString toCode(DuplicatePolicy policy)
{
    switch (policy) {
    case DuplicatePolicy::Skip: return QStringLiteral("skip");
    case DuplicatePolicy::Merge: return QStringLiteral("merge");
    case DuplicatePolicy::Create: return QStringLiteral("create");
    }
    return {};
}

std::optional<DuplicatePolicy> duplicatePolicyFromCode(const QString &code)
{
    for (DuplicatePolicy p : {DuplicatePolicy::Skip, DuplicatePolicy::Merge, DuplicatePolicy::Create}) {
        if (toCode(p) == code)
            return p;
    }
    return std::nullopt;
}

namespace {

// One data row as Shortlist fields.
struct RowValues {
    Candidate candidate;
    QString years;
    QString stage;
    QString applied;
    QString notes;
};

RowValues extract(const QStringList &record, const ImportMapping &mapping)
{
    RowValues v;
    Candidate &c = v.candidate;
    QString first, last;
    for (int i = 0; i < mapping.columns.size() && i < record.size(); ++i) {
        const QString value = record.at(i).trimmed();
        if (value.isEmpty())
            continue;
        switch (mapping.columns.at(i)) {
        case ImportField::Ignore: break;
        case ImportField::FullName: c.name = value; break;
        case ImportField::FirstName: first = value; break;
        case ImportField::LastName: last = value; break;
        case ImportField::Email: c.email = value; break;
        case ImportField::Phone: c.phone = value; break;
        case ImportField::Location: c.location = value; break;
        case ImportField::CurrentTitle: c.currentTitle = value; break;
        case ImportField::CurrentCompany: c.currentCompany = value; break;
        case ImportField::Years: v.years = value; break;
        case ImportField::Skills: c.skills = importvalues::splitList(value); break;
        case ImportField::Source: c.source = value; break;
        case ImportField::Referrer: c.referrer = value; break;
        case ImportField::Stage: v.stage = value; break;
        case ImportField::AppliedDate: v.applied = value; break;
        case ImportField::Tags: c.tags = importvalues::splitList(value); break;
        case ImportField::Notes: v.notes = value; break;
        case ImportField::Links: {
            static const QRegularExpression space(QStringLiteral("\\s+"));
            QStringList links;
            for (const QString &part : importvalues::splitList(value))
                links << part.split(space, Qt::SkipEmptyParts);
            c.links = links;
            break;
        }
        }
    }
    if (c.name.isEmpty())
        c.name = QString(first + QLatin1Char(' ') + last).trimmed();
    return v;
}

enum class Action : quint8 { Create, Merge, Skip, Invalid };

// What pass one decided for a row: kept small, a million of them fit in 24 MB.
struct RowPlan {
    Action action = Action::Create;
    qint64 target = 0;    // Merge: the candidate id, or -(row + 1) of an earlier row of the file
    qint64 line = 0;      // physical line where the row starts
};

struct Resolved {
    qint64 stageId = 0;
    StageCategory category = StageCategory::Applied;
    qint64 appliedAt = 0;
    std::optional<int> years;
};

struct Context {
    Database &db;
    const ImportOptions &options;
    Opening opening;
    QHash<QString, const Stage *> stagesByName;   // folded name -> stage
    qint64 now = 0;
    DateOrder dateOrder = DateOrder::Unknown;     // given, or proven by the file's own dates
};

// The row's stage, date and years, or the problem with them. A date that
// could be read either way while the order is unknown sets `ambiguousDate`
// (the caller decides once the whole file has been read) and is read day-first.
std::variant<Resolved, QString> resolve(const Context &ctx, const RowValues &v, bool *ambiguousDate = nullptr)
{
    Resolved r;
    const Stage *first = nullptr;
    for (const Stage &s : ctx.opening.stages) {
        if (!first)
            first = &s;
    }
    const Stage *stage = first;
    if (!v.stage.isEmpty()) {
        const QString folded = foldText(v.stage).trimmed();
        stage = ctx.stagesByName.value(folded);
        if (!stage && ctx.options.mapping.stages.contains(folded))
            stage = ctx.stagesByName.value(foldText(ctx.options.mapping.stages.value(folded)).trimmed());
        if (!stage) {
            QStringList names;
            for (const Stage &s : ctx.opening.stages)
                names << s.name;
            return CandidateImport::tr("stage “%1” is not a stage of %2. Map it to one of: %3.")
                .arg(v.stage, ctx.opening.title, names.join(QStringLiteral(", ")));
        }
    }
    if (!stage)
        return CandidateImport::tr("%1 has no stages.").arg(ctx.opening.title);
    r.stageId = stage->id;
    r.category = stage->category;
    r.appliedAt = ctx.now;
    if (!v.applied.isEmpty()) {
        DateOrder order = ctx.dateOrder;
        if (order == DateOrder::Unknown && ambiguousDate && importvalues::isAmbiguousDate(v.applied)) {
            *ambiguousDate = true;
            order = DateOrder::DayFirst;
        }
        const std::optional<QDateTime> when = importvalues::parseDate(v.applied, order);
        if (!when) {
            if (importvalues::isAmbiguousDate(v.applied) && order == DateOrder::Unknown)
                return CandidateImport::tr("the date “%1” could be read day-first or month-first, and no other date in the file "
                                           "says which. Choose the order: the wizard's date step, or --date-order day-first|month-first.")
                    .arg(v.applied);
            return CandidateImport::tr("“%1” is not a date Shortlist can read. Use a form like 2026-03-04, 04/03/2026 or 4 Mar 2026.")
                .arg(v.applied);
        }
        if (when->toSecsSinceEpoch() > ctx.now + 86400)
            return CandidateImport::tr("the applied date %1 is in the future. Check the date column and its day/month order.")
                .arg(QLocale().toString(when->date(), QLocale::ShortFormat));
        r.appliedAt = when->toSecsSinceEpoch();
    }
    if (!v.years.isEmpty()) {
        static const QRegularExpression number(QStringLiteral(R"(^\s*(\d{1,2})(?:[.,]\d+)?\s*(?:\+|years?|yrs?|y)?\s*$)"),
                                               QRegularExpression::CaseInsensitiveOption);
        const QRegularExpressionMatch m = number.match(v.years);
        if (!m.hasMatch())
            return CandidateImport::tr("years of experience “%1” is not a number of years (0–60).").arg(v.years);
        r.years = m.captured(1).toInt();
    }
    return r;
}

QJsonObject candidateJson(const Candidate &c)
{
    return QJsonObject{{QStringLiteral("name"), c.name},
                       {QStringLiteral("email"), c.email},
                       {QStringLiteral("phone"), c.phone},
                       {QStringLiteral("location"), c.location},
                       {QStringLiteral("currentTitle"), c.currentTitle},
                       {QStringLiteral("currentCompany"), c.currentCompany},
                       {QStringLiteral("years"), c.yearsExperience ? QJsonValue(*c.yearsExperience) : QJsonValue()},
                       {QStringLiteral("skills"), QJsonArray::fromStringList(c.skills)},
                       {QStringLiteral("source"), c.source},
                       {QStringLiteral("referrer"), c.referrer},
                       {QStringLiteral("links"), QJsonArray::fromStringList(c.links)},
                       {QStringLiteral("tags"), QJsonArray::fromStringList(c.tags)}};
}

void restoreFrom(Candidate &c, const QJsonObject &o)
{
    const auto list = [&o](const char *key) {
        QStringList l;
        for (const QJsonValue &v : o.value(QLatin1String(key)).toArray())
            l << v.toString();
        return l;
    };
    c.name = o.value(QStringLiteral("name")).toString();
    c.email = o.value(QStringLiteral("email")).toString();
    c.phone = o.value(QStringLiteral("phone")).toString();
    c.location = o.value(QStringLiteral("location")).toString();
    c.currentTitle = o.value(QStringLiteral("currentTitle")).toString();
    c.currentCompany = o.value(QStringLiteral("currentCompany")).toString();
    const QJsonValue years = o.value(QStringLiteral("years"));
    c.yearsExperience = years.isDouble() ? std::optional<int>(years.toInt()) : std::nullopt;
    c.skills = list("skills");
    c.source = o.value(QStringLiteral("source")).toString();
    c.referrer = o.value(QStringLiteral("referrer")).toString();
    c.links = list("links");
    c.tags = list("tags");
}

// The file's values fill what the candidate lacks; lists are joined. Never
// overwrites a value someone entered.
bool mergeInto(Candidate &existing, const Candidate &incoming)
{
    bool changed = false;
    for (auto [field, value] : {std::pair{&existing.email, &incoming.email}, std::pair{&existing.phone, &incoming.phone},
                                std::pair{&existing.location, &incoming.location}, std::pair{&existing.currentTitle, &incoming.currentTitle},
                                std::pair{&existing.currentCompany, &incoming.currentCompany}, std::pair{&existing.source, &incoming.source},
                                std::pair{&existing.referrer, &incoming.referrer}}) {
        if (field->isEmpty() && !value->isEmpty()) {
            *field = *value;
            changed = true;
        }
    }
    if (!existing.yearsExperience && incoming.yearsExperience) {
        existing.yearsExperience = incoming.yearsExperience;
        changed = true;
    }
    for (auto [list, more] : {std::pair{&existing.skills, &incoming.skills}, std::pair{&existing.links, &incoming.links},
                              std::pair{&existing.tags, &incoming.tags}}) {
        for (const QString &item : *more) {
            if (!list->contains(item, Qt::CaseInsensitive)) {
                list->append(item);
                changed = true;
            }
        }
    }
    return changed;
}

class Pass {
public:
    Pass(const QString &path, std::optional<CsvDialect::Encoding> encoding, const CandidateImport::Progress &progress, qint64 offset,
         qint64 total)
        : m_file(path), m_encoding(encoding), m_progress(progress), m_offset(offset), m_total(total)
    {
    }

    Error open()
    {
        if (!m_file.open(QIODevice::ReadOnly))
            return makeError(ErrorCode::NotFound, CandidateImport::tr("Cannot read %1: %2.").arg(m_file.fileName(), m_file.errorString()));
        const QByteArray head = m_file.peek(64 * 1024);
        Result<CsvDialect> dialect = m_encoding ? CsvReader::sniff(head, *m_encoding) : CsvReader::sniff(head);
        if (!dialect)
            return dialect.error();
        m_reader = std::make_unique<CsvReader>(m_file, *dialect);
        Result<std::optional<QStringList>> header = m_reader->next();
        if (!header)
            return header.error();
        if (!*header)
            return makeError(ErrorCode::Invalid, CandidateImport::tr("%1 is empty.").arg(QFileInfo(m_file.fileName()).fileName()));
        m_header = **header;
        return {};
    }

    const QStringList &header() const { return m_header; }
    CsvReader &reader() { return *m_reader; }
    qint64 size() const { return m_file.size(); }

    // False when the user cancelled.
    bool report()
    {
        if (!m_progress || (++m_calls & 255) != 0)
            return true;
        return m_progress(m_offset + m_reader->bytesRead(), m_total, m_reader->records());
    }

private:
    QFile m_file;
    std::optional<CsvDialect::Encoding> m_encoding;
    std::unique_ptr<CsvReader> m_reader;
    QStringList m_header;
    CandidateImport::Progress m_progress;
    qint64 m_offset = 0, m_total = 0, m_calls = 0;
};

// From this many new candidates on, when they also outnumber the database's,
// the import rebuilds the indexes of the tables it writes instead of updating
// them row by row (bench_import).
constexpr qint64 rebuildIndexesFrom = 50000;

size_t keyHash(QLatin1Char kind, const QString &key)
{
    return qHashMulti(0x5eed, kind, key);
}

Error cancelled()
{
    return makeError(ErrorCode::Cancelled, CandidateImport::tr("The import was cancelled; nothing was written."));
}

} // namespace

Result<ImportSummary> CandidateImport::run(Database &db, const QString &csvPath, const ImportOptions &options, const Progress &progress)
{
    QElapsedTimer timer;
    timer.start();
    Result<Opening> opening = OpeningRepository(db).loadStagePlan(options.openingId);
    if (!opening)
        return opening.error();
    Context ctx{db, options, *opening, {}, options.now > 0 ? options.now : QDateTime::currentSecsSinceEpoch(), options.mapping.dateOrder};
    for (const Stage &s : ctx.opening.stages)
        ctx.stagesByName.insert(foldText(s.name).trimmed(), &s);

    const qint64 fileSize = QFileInfo(csvPath).size();
    Pass first(csvPath, options.encoding, progress, 0, 2 * fileSize);
    if (Error e = first.open())
        return e;
    const ImportMapping &mapping = options.mapping;
    if (mapping.columns.size() != first.header().size())
        return makeError(ErrorCode::Invalid, tr("The mapping has %1 columns but the file has %2. Map the file's columns again.")
                                                 .arg(mapping.columns.size())
                                                 .arg(first.header().size()));
    if (!mapping.has(ImportField::FullName) && !mapping.has(ImportField::FirstName) && !mapping.has(ImportField::LastName))
        return makeError(ErrorCode::Invalid, tr("No column is mapped to the name. Every candidate needs a name: map a full-name column, "
                                                "or first-name and last-name columns. The file's columns: %1.")
                                                 .arg(first.header().join(QStringLiteral(", "))));

    ImportSummary summary;
    const auto problem = [&summary](qint64 line, const QString &message) {
        ++summary.invalid;
        if (summary.problems.size() < ImportSummary::maxProblems)
            summary.problems.append({line, message});
    };

    // Pass one: validate, and decide what each duplicate becomes.
    Result<qint64> existingCandidates = CandidateRepository(db).count();
    if (!existingCandidates)
        return existingCandidates.error();
    std::vector<RowPlan> plans;
    QHash<size_t, qint64> firstRowWithKey;   // hashed email/phone key -> data row
    CandidateRepository candidates(db);
    // The database's keys, hashed and sorted (16 bytes a key): a row whose
    // keys miss them all needs no query; a hit is confirmed by one.
    std::vector<size_t> databaseKeys;
    if (*existingCandidates > 0) {
        databaseKeys.reserve(size_t(*existingCandidates) * 2);
        if (Error e = candidates.readKeys([&databaseKeys](const QString &emailKey, const QString &phoneKey) {
                if (!emailKey.isEmpty())
                    databaseKeys.push_back(keyHash(QLatin1Char('e'), emailKey));
                if (!phoneKey.isEmpty())
                    databaseKeys.push_back(keyHash(QLatin1Char('p'), phoneKey));
            }))
            return e;
        std::sort(databaseKeys.begin(), databaseKeys.end());
    }
    const auto inDatabase = [&databaseKeys](size_t hash) { return std::binary_search(databaseKeys.cbegin(), databaseKeys.cend(), hash); };
    // Rows whose date could be read both ways, and the orders the other dates prove.
    QList<std::pair<qint64, qint64>> ambiguousRows;   // (row, line)
    bool dayFirstSeen = false, monthFirstSeen = false;
    const int dateColumn = mapping.columnOf(ImportField::AppliedDate);
    for (;;) {
        Result<std::optional<QStringList>> record = first.reader().next();
        if (!record)
            return record.error();
        if (!*record)
            break;
        const qint64 row = summary.rows++;
        const qint64 line = first.reader().line();
        RowPlan plan;
        plan.line = line;
        const RowValues values = extract(**record, mapping);
        Candidate c = values.candidate;
        bool ambiguousDate = false;
        const std::variant<Resolved, QString> resolved = resolve(ctx, values, &ambiguousDate);
        if (dateColumn >= 0) {
            const DateOrder implied = importvalues::impliedDateOrder(values.applied);
            dayFirstSeen |= implied == DateOrder::DayFirst;
            monthFirstSeen |= implied == DateOrder::MonthFirst;
        }
        if (ambiguousDate)
            ambiguousRows.append({row, line});
        QStringList messages;
        if (c.name.isEmpty())
            messages << tr("no name. Every candidate needs one: fill in the name (or first and last name).");
        if (const QString *message = std::get_if<QString>(&resolved))
            messages << *message;
        else
            c.yearsExperience = std::get<Resolved>(resolved).years;
        for (const FieldError &e : Validation::candidate(c)) {
            if (e.field != QLatin1String("name") || !c.name.isEmpty())
                messages << e.message;
        }
        if (!messages.isEmpty()) {
            plan.action = Action::Invalid;
            for (const QString &message : std::as_const(messages))
                problem(line, message);
            plans.push_back(plan);
            if (!first.report())
                return cancelled();
            continue;
        }
        const QString emailKey = DuplicateRepository::emailKey(c.email);
        const QString phoneKey = DuplicateRepository::phoneKey(c.phone);
        std::optional<qint64> duplicateOf;   // an earlier row of the file
        bool maybeInDatabase = false;
        for (const auto &[kind, key] : {std::pair{QLatin1Char('e'), emailKey}, std::pair{QLatin1Char('p'), phoneKey}}) {
            if (key.isEmpty())
                continue;
            const size_t hash = keyHash(kind, key);
            maybeInDatabase = maybeInDatabase || inDatabase(hash);
            const auto it = firstRowWithKey.constFind(hash);
            if (it != firstRowWithKey.cend()) {
                if (!duplicateOf)
                    duplicateOf = *it;
            } else {
                firstRowWithKey.insert(hash, row);
            }
        }
        std::optional<qint64> existing;
        if (!duplicateOf && maybeInDatabase) {
            Result<std::optional<qint64>> found = candidates.findByKeys(emailKey, phoneKey);
            if (!found)
                return found.error();
            existing = *found;
        }
        if (duplicateOf || existing) {
            const DuplicatePolicy decision = options.rowDecisions.value(line, options.onDuplicate);
            if (summary.duplicates.size() < ImportSummary::maxDuplicates) {
                ImportDuplicate d;
                d.line = line;
                d.name = c.name;
                d.email = c.email;
                d.decision = decision;
                if (duplicateOf) {
                    d.earlierLine = plans.at(size_t(*duplicateOf)).line;
                } else {
                    d.candidateId = *existing;
                    Result<Candidate> matched = candidates.load(*existing);
                    if (!matched)
                        return matched.error();
                    d.matchedName = matched->name;
                }
                summary.duplicates.append(d);
            }
            switch (decision) {
            case DuplicatePolicy::Skip: plan.action = Action::Skip; break;
            case DuplicatePolicy::Create: plan.action = Action::Create; break;
            case DuplicatePolicy::Merge:
                plan.action = Action::Merge;
                // An earlier row that is itself merged into a candidate merges there too.
                if (duplicateOf) {
                    const RowPlan &earlier = plans.at(size_t(*duplicateOf));
                    plan.target = earlier.action == Action::Merge ? earlier.target : -(*duplicateOf + 1);
                    if (earlier.action == Action::Skip || earlier.action == Action::Invalid)
                        plan.action = Action::Skip;
                } else {
                    plan.target = *existing;
                }
                break;
            }
            // Merging into an earlier row that is skipped skips this one too: say so.
            if (plan.action == Action::Skip && !summary.duplicates.isEmpty() && summary.duplicates.constLast().line == line)
                summary.duplicates.last().decision = DuplicatePolicy::Skip;
        }
        plans.push_back(plan);
        if (!first.report())
            return cancelled();
    }
    // Ambiguous dates: the file's other dates decide, when they agree; else ask.
    if (!ambiguousRows.isEmpty() && ctx.dateOrder == DateOrder::Unknown) {
        if (dayFirstSeen != monthFirstSeen) {
            ctx.dateOrder = dayFirstSeen ? DateOrder::DayFirst : DateOrder::MonthFirst;
        } else {
            for (const auto &[row, line] : std::as_const(ambiguousRows)) {
                if (plans.at(size_t(row)).action != Action::Invalid) {
                    plans[size_t(row)].action = Action::Invalid;
                    problem(line, dayFirstSeen ? tr("the date in this row could be read day-first or month-first, and the file has dates "
                                                    "written both ways. Check the date column, then choose the order: the wizard's date "
                                                    "step, or --date-order day-first|month-first.")
                                               : tr("the date in this row could be read day-first or month-first, and no date in the file "
                                                    "says which. Choose the order: the wizard's date step, or --date-order "
                                                    "day-first|month-first."));
                }
            }
            std::stable_sort(summary.problems.begin(), summary.problems.end(),
                             [](const ImportProblem &a, const ImportProblem &b) { return a.line < b.line; });
        }
    }
    for (const RowPlan &plan : plans) {
        if (plan.action == Action::Skip)
            ++summary.skipped;
        else if (plan.action == Action::Merge)
            ++summary.merged;
        else if (plan.action == Action::Create)
            ++summary.created;
    }
    if (summary.rows == 0)
        return makeError(ErrorCode::Invalid, tr("%1 has a header row but no candidates below it.").arg(QFileInfo(csvPath).fileName()));
    if (options.dryRun || (summary.invalid > 0 && !options.allowPartial) || summary.created + summary.merged == 0) {
        summary.seconds = double(timer.elapsed()) / 1000.0;
        return summary;
    }

    // Pass two: write, in one transaction.
    Pass second(csvPath, options.encoding, progress, fileSize, 2 * fileSize);
    if (Error e = second.open())
        return e;
    WriteTransaction tx(db);
    if (!tx.ok())
        return tx.error();
    qint64 batchId = 0;
    {
        // Scoped: a RETURNING statement left open would keep COMMIT from finishing.
        SqlQuery batch(db);
        batch.prepare(QStringLiteral("INSERT INTO import_batches (opening_id, file_name, actor, started_at, rows_read, created, merged, skipped) "
                                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
        batch.bind(options.openingId).bind(QFileInfo(csvPath).fileName()).bind(db.actor()).bind(ctx.now).bind(summary.rows)
            .bind(summary.created).bind(summary.merged).bind(summary.skipped);
        if (!batch.exec() || !batch.next())
            return batch.failure();
        batchId = batch.int64(0);
    }
    QSet<qint64> mergedLater;   // rows a later row of the file merges into
    for (const RowPlan &plan : plans) {
        if (plan.action == Action::Merge && plan.target < 0)
            mergedLater.insert(-plan.target - 1);
    }
    // A file large against the database: its indexes are rebuilt once at the
    // end rather than updated row by row. Not on a shared server: dropping an
    // index there would lock the table against everyone else's reads until
    // the import commits (SQLite readers keep reading their snapshot).
    const bool rebuildIndexes = options.rebuildIndexes.value_or(db.dialect().kind() == SqlDialect::Kind::Sqlite
                                                                && summary.created >= rebuildIndexesFrom
                                                                && summary.created > *existingCandidates);
    ImportWriter writer(db, ctx.opening, ctx.now);
    if (Error e = writer.begin(rebuildIndexes, tr("Imported"), tr("Imported as rejected")))
        return e;
    BulkStatement item(db, QStringLiteral("INSERT INTO import_batch_items (batch_id, candidate_id, application_id, kind, previous, "
                                          "version_after, note_id) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    QHash<qint64, qint64> createdForRow;   // data row -> candidate id, for later rows merged into it
    const QString created = QStringLiteral("created");
    const auto create = [&](qint64 row, const Candidate &incoming, const ImportedApplication &application) -> Error {
        Result<std::pair<qint64, qint64>> ids = writer.addCandidate(incoming, application);
        if (!ids)
            return makeError(ids.error().code, tr("Line %1: %2").arg(second.reader().line()).arg(ids.error().message), ids.error().detail);
        if (mergedLater.contains(row))
            createdForRow.insert(row, ids->first);
        Result<std::optional<qint64>> recorded = item.run({batchId, ids->first, ids->second, created, QString(), qint64(1), BulkValue()});
        return recorded ? Error{} : recorded.error();
    };

    for (qint64 row = 0;; ++row) {
        Result<std::optional<QStringList>> record = second.reader().next();
        if (!record)
            return record.error();
        if (!*record)
            break;
        if (!second.report())
            return cancelled();
        if (size_t(row) >= plans.size())
            return makeError(ErrorCode::Invalid, tr("%1 changed while it was being imported. Import it again.").arg(QFileInfo(csvPath).fileName()));
        const RowPlan &plan = plans.at(size_t(row));
        if (plan.action == Action::Skip || plan.action == Action::Invalid)
            continue;
        const RowValues values = extract(**record, mapping);
        const std::variant<Resolved, QString> resolvedRow = resolve(ctx, values);
        const Resolved *r = std::get_if<Resolved>(&resolvedRow);
        if (!r)
            return makeError(ErrorCode::Invalid, tr("%1 changed while it was being imported. Import it again.").arg(QFileInfo(csvPath).fileName()));
        Candidate incoming = values.candidate;
        incoming.yearsExperience = r->years;
        const ImportedApplication application{r->stageId, r->category, r->appliedAt, values.notes};
        if (plan.action == Action::Create) {
            if (Error e = create(row, incoming, application))
                return e;
            continue;
        }
        // Merge into a database candidate, or into one an earlier row created
        // (an earlier row found invalid only at the end of the first pass
        // created nothing: this row then stands for itself).
        if (plan.target < 0 && !createdForRow.contains(-plan.target - 1)) {
            if (Error e = create(-plan.target - 1, incoming, application))
                return e;
            continue;
        }
        const qint64 targetId = plan.target > 0 ? plan.target : createdForRow.value(-plan.target - 1);
        Result<Candidate> existing = candidates.load(targetId);
        if (!existing)
            return existing.error();
        const Candidate before = *existing;
        Candidate merged = *existing;
        int version = merged.version;
        if (mergeInto(merged, incoming)) {
            Result<int> updated = candidates.update(merged);
            if (!updated)
                return updated.error();
            version = *updated;
            writer.touched(targetId);
        }
        Result<ImportWriter::Merged> added = writer.addApplication(targetId, application);
        if (!added)
            return added.error();
        if (plan.target < 0)
            continue;   // merged into a candidate this batch created: undo removes it whole
        Result<std::optional<qint64>> recorded =
            item.run({batchId, targetId, added->added ? BulkValue(added->applicationId) : BulkValue(), QStringLiteral("merged"),
                      QString::fromUtf8(QJsonDocument(candidateJson(before)).toJson(QJsonDocument::Compact)), qint64(version),
                      added->noteId ? BulkValue(added->noteId) : BulkValue()});
        if (!recorded)
            return recorded.error();
    }
    if (Error e = writer.finish())
        return e;
    if (Error e = AuditRepository(db).append(QStringLiteral("import"), QStringLiteral("import_batch"), batchId,
                                             tr("%1: %2 created, %3 merged, %4 skipped")
                                                 .arg(QFileInfo(csvPath).fileName())
                                                 .arg(summary.created)
                                                 .arg(summary.merged)
                                                 .arg(summary.skipped)))
        return e;
    if (!tx.commit())
        return tx.error();
    summary.batchId = batchId;
    summary.written = true;
    summary.seconds = double(timer.elapsed()) / 1000.0;
    return summary;
}

Result<QList<ImportBatch>> ImportHistoryRepository::batches() const
{
    SqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT b.id, b.opening_id, COALESCE(o.title, ''), b.file_name, b.actor, b.started_at, b.rows_read, b.created, "
                             "b.merged, b.skipped, b.undone_at FROM import_batches b LEFT JOIN openings o ON o.id = b.opening_id "
                             "ORDER BY b.started_at DESC, b.id DESC"));
    if (!q.exec())
        return q.failure();
    QList<ImportBatch> list;
    while (q.next()) {
        ImportBatch b;
        b.id = q.int64(0);
        b.openingId = q.value(1).isNull() ? 0 : q.int64(1);
        b.openingTitle = q.value(2).toString();
        b.fileName = q.value(3).toString();
        b.actor = q.value(4).toString();
        b.startedAt = QDateTime::fromSecsSinceEpoch(q.int64(5));
        b.rows = q.int64(6);
        b.created = q.int64(7);
        b.merged = q.int64(8);
        b.skipped = q.int64(9);
        if (!q.value(10).isNull())
            b.undoneAt = QDateTime::fromSecsSinceEpoch(q.int64(10));
        list << b;
    }
    return list;
}

Error ImportHistoryRepository::undo(qint64 batchId, const Progress &progress)
{
    WriteTransaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    SqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT undone_at, file_name FROM import_batches WHERE id = ?"));
    q.bind(batchId);
    if (!q.exec())
        return q.error();
    if (!q.next())
        return makeError(ErrorCode::NotFound, tr("There is no import batch %1.").arg(batchId));
    if (!q.value(0).isNull())
        return makeError(ErrorCode::Invalid, tr("The import of %1 was already undone.").arg(q.value(1).toString()));
    const QString fileName = q.value(1).toString();

    // Rows it merged into existing candidates; those it created go in one statement below.
    struct Item {
        qint64 candidateId = 0;
        std::optional<qint64> applicationId;
        QString previous;
        int versionAfter = 0;
        std::optional<qint64> noteId;
    };
    QList<Item> items;
    int lastCurrentVersion = 0;   // of the candidate of the row read last
    QString lastName;
    // Several rows of a file may merge into one candidate, each an item: the
    // fields go back to the first one's "previous" (before the import), and
    // the candidate counts as edited since only if its version moved past the
    // last one's.
    q.prepare(QStringLiteral("SELECT i.candidate_id, i.application_id, i.previous, i.version_after, c.version, c.name, i.note_id "
                             "FROM import_batch_items i JOIN candidates c ON c.id = i.candidate_id WHERE i.batch_id = ? AND i.kind = 'merged' "
                             "ORDER BY i.candidate_id, i.version_after"));
    q.bind(batchId);
    if (!q.exec())
        return q.error();
    QStringList editedSince;
    while (q.next()) {
        const auto optionalId = [&q](int column) { return q.isNull(column) ? std::nullopt : std::optional<qint64>(q.int64(column)); };
        Item i{q.int64(0), optionalId(1), q.value(2).toString(), q.value(3).toInt(), optionalId(6)};
        // Rows arrive by candidate and version: the previous one was the
        // candidate's last merge when this one is another candidate's.
        if (!items.isEmpty() && items.constLast().candidateId != i.candidateId && items.constLast().versionAfter != lastCurrentVersion)
            editedSince << lastName;
        lastCurrentVersion = q.value(4).toInt();
        lastName = q.value(5).toString();
        items << i;
    }
    if (!items.isEmpty() && items.constLast().versionAfter != lastCurrentVersion)
        editedSince << lastName;
    if (!editedSince.isEmpty())
        return makeError(ErrorCode::Stale, tr("%n candidate(s) this import merged into were edited since (%1). Undoing would lose those "
                                              "edits, so nothing was undone; change them back by hand instead.",
                                              nullptr, int(editedSince.size()))
                                               .arg(editedSince.mid(0, 5).join(QStringLiteral(", "))));
    // The candidates it created (with everything added to them since); those
    // erased since are gone already. In slices of their id range, so that a
    // large batch reports progress and can be cancelled.
    q.prepare(QStringLiteral("SELECT min(candidate_id), max(candidate_id), count(*) FROM import_batch_items WHERE batch_id = ? AND kind = 'created'"));
    q.bind(batchId);
    if (!q.exec() || !q.next())
        return q.failure();
    const qint64 lowest = q.int64(0), highest = q.int64(1), createdCount = q.int64(2);
    q.finish();
    const qint64 total = createdCount + items.size();
    const auto cancelledUndo = [] { return makeError(ErrorCode::Cancelled, tr("Undoing the import was cancelled; nothing was undone.")); };
    if (progress && !progress(0, total))
        return cancelledUndo();
    constexpr qint64 slices = 50;
    const qint64 step = std::max<qint64>(1, (highest - lowest + slices) / slices);
    // With the per-row triggers paused (each would rewrite search entries and
    // metric summaries of rows that are going anyway): the slice's search
    // entries go in one statement, and the few other candidates whose notes
    // hang on an application being deleted are re-indexed afterwards.
    const QString slice = QStringLiteral("SELECT candidate_id FROM import_batch_items WHERE batch_id = ? AND kind = 'created' "
                                         "AND candidate_id >= ? AND candidate_id < ?");
    SqlQuery pause(m_db);
    pause.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, '1')"));
    pause.bind(QString::fromLatin1(SqlDialect::searchSuspendedKey));
    if (createdCount > 0 && !pause.exec())
        return pause.error();
    QSet<qint64> alsoAffected;
    SqlQuery others(m_db), unindex(m_db);
    others.prepare(QStringLiteral("SELECT DISTINCT n.candidate_id FROM notes n JOIN applications a ON a.id = n.application_id "
                                  "WHERE a.candidate_id IN (%1) AND n.candidate_id NOT IN (%1)").arg(slice));
    unindex.prepare(m_db.dialect().unindexCandidates(slice));
    q.prepare(QStringLiteral("DELETE FROM candidates WHERE id IN (%1)").arg(slice));
    for (qint64 from = lowest; createdCount > 0 && from <= highest; from += step) {
        others.bind(batchId).bind(from).bind(from + step).bind(batchId).bind(from).bind(from + step);
        if (!others.exec())
            return others.error();
        while (others.next())
            alsoAffected.insert(others.int64(0));
        for (SqlQuery *statement : {&unindex, &q}) {
            statement->bind(batchId).bind(from).bind(from + step);
            if (!statement->exec())
                return statement->error();
        }
        if (progress && !progress(std::min(createdCount, createdCount * (from + step - lowest) / (highest - lowest + 1)), total))
            return cancelledUndo();
    }
    if (createdCount > 0) {
        if (Error e = MetaRepository(m_db).remove(QString::fromLatin1(SqlDialect::searchSuspendedKey)))
            return e;
        const QStringList indexOne = m_db.dialect().indexCandidate();
        for (const qint64 id : std::as_const(alsoAffected)) {
            for (const QString &statement : indexOne) {
                q.prepare(statement);
                q.bind(id);
                if (!q.exec())
                    return q.error();
            }
        }
    }
    CandidateRepository candidates(m_db);
    SqlQuery remove(m_db);
    qint64 restoredItems = 0;
    QSet<qint64> restoredCandidates;
    for (const Item &i : std::as_const(items)) {
        if (progress && !progress(createdCount + restoredItems++, total))
            return cancelledUndo();
        if (i.applicationId) {
            remove.prepare(QStringLiteral("DELETE FROM applications WHERE id = ?"));
            remove.bind(*i.applicationId);
            if (!remove.exec())
                return remove.error();
        }
        if (i.noteId) {
            // The note the import wrote, not another that reused its id since:
            // same candidate, written at the import's time.
            remove.prepare(QStringLiteral("DELETE FROM notes WHERE id = ? AND candidate_id = ? "
                                          "AND created_at = (SELECT started_at FROM import_batches WHERE id = ?)"));
            remove.bind(*i.noteId).bind(i.candidateId).bind(batchId);
            if (!remove.exec())
                return remove.error();
        }
        if (restoredCandidates.contains(i.candidateId))
            continue;   // its first item (ordered by version) restored it
        restoredCandidates.insert(i.candidateId);
        Result<Candidate> current = candidates.load(i.candidateId);
        if (!current)
            return current.error();
        Candidate restored = *current;
        restoreFrom(restored, QJsonDocument::fromJson(i.previous.toUtf8()).object());
        if (Result<int> updated = candidates.update(restored); !updated)
            return updated.error();
    }
    if (progress && !progress(total, total))
        return cancelledUndo();
    q.prepare(QStringLiteral("UPDATE import_batches SET undone_at = ? WHERE id = ?"));
    q.bind(QDateTime::currentSecsSinceEpoch()).bind(batchId);
    if (!q.exec())
        return q.error();
    if (Error e = AuditRepository(m_db).append(QStringLiteral("undo-import"), QStringLiteral("import_batch"), batchId, fileName))
        return e;
    return tx.commit() ? Error{} : tx.error();
}

} // namespace shortlist
