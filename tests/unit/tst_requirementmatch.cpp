// Requirement-match score: skill spelling, synonyms, the weighted score with
// years of experience, the tooltip text, and the built-in synonym list against
// the shipped templates and demo vocabulary.

#include "analytics/requirementmatch.h"
#include "analytics/skillnormalizer.h"
#include "domain/textfold.h"
#include "templates/openingtemplates.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QtTest>

using namespace shortlist;

namespace {

QStringList words(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *w : list)
        out << QString::fromUtf8(w);
    return out;
}

Requirement requirement(qint64 id, const char *skill, int weight, bool mustHave, int minYears, std::initializer_list<const char *> keywords = {})
{
    Requirement r;
    r.id = id;
    r.skill = QString::fromUtf8(skill);
    r.weight = weight;
    r.mustHave = mustHave;
    r.minYears = minYears;
    r.keywords = words(keywords);
    return r;
}

// Weights 5/3/2; the weight-5 must-have wants 8 years, the weight-2 one is a must-have too.
QList<Requirement> threeRequirements()
{
    return {requirement(1, "Spark", 5, true, 8, {"pyspark"}),
            requirement(2, "Kafka", 3, false, 0),
            requirement(3, "Kubernetes", 2, true, 0, {"helm"})};
}

// The definition of normalize(), spelled out with a regular expression.
QString referenceNormalize(const QString &text)
{
    static const QRegularExpression dropped(QStringLiteral("[^\\p{L}\\p{N}+#]+"));
    return foldText(text).replace(dropped, QStringLiteral(" ")).trimmed();
}

QJsonObject builtinJson()
{
    QFile file(QStringLiteral(":/skills/synonyms.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

QStringList demoSkills()
{
    QFile file(QStringLiteral(":/demo/wordlists.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QStringList out;
    const QJsonArray skills = QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("skills")).toArray();
    for (const QJsonValue &v : skills)
        out << v.toString();
    return out;
}

QSet<QString> vocabulary(const Requirement &r, const SkillNormalizer &normalizer, bool canonical)
{
    QSet<QString> out;
    out << (canonical ? normalizer.canonical(r.skill) : SkillNormalizer::normalize(r.skill));
    for (const QString &k : r.keywords)
        out << (canonical ? normalizer.canonical(k) : SkillNormalizer::normalize(k));
    return out;
}

} // namespace

class TestRequirementMatch : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void normalize_punctuationAndCase_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("hyphen and trailing space") << "Apache-Spark " << "apache spark";
        QTest::newRow("slash") << "CI/CD" << "ci cd";
        QTest::newRow("c plus plus keeps plus") << "C++" << "c++";
        QTest::newRow("c sharp keeps hash") << "C#" << "c#";
        QTest::newRow("dot") << "Node.js" << "node js";
        QTest::newRow("runs of punctuation collapse") << "  Scikit--Learn // (ML)  " << "scikit learn ml";
        QTest::newRow("tabs and newlines") << "Kafka\tStreams\n" << "kafka streams";
        QTest::newRow("digits kept") << "ISO/IEC 27001:2022" << "iso iec 27001 2022";
        QTest::newRow("apostrophe") << "Master's degree" << "master s degree";
        QTest::newRow("only punctuation") << " -/- " << "";
        QTest::newRow("empty") << "" << "";
    }

    void normalize_punctuationAndCase()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(SkillNormalizer::normalize(text), expected);
    }

    void normalize_diacriticsAndUnicode_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("acute accents") << "Análisis de Datos" << "analisis de datos";
        QTest::newRow("umlaut and sharp s") << "Größe-Schätzung" << "grosse schatzung";
        QTest::newRow("letters that do not decompose") << "Łódź Øresund" << "lodz oresund";
        QTest::newRow("full-width letters") << "ＳＰＡＲＫ" << "spark";
        QTest::newRow("em dash between words") << "Spark — Streaming" << "spark streaming";
        QTest::newRow("non-breaking space") << "Apache\u00a0Kafka" << "apache kafka";
        QTest::newRow("non-latin letters kept") << "Машинное обучение" << "машинное обучение";
    }

    void normalize_diacriticsAndUnicode()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(SkillNormalizer::normalize(text), expected);
    }

    void normalize_asciiFastPath_agreesWithDefinition()
    {
        QStringList samples = words({"Apache-Spark ", "CI/CD", "C++", "C#", "Node.js", "  a  b  ", "x_y-z", "100% SQL!", "A/B Testing"});
        QString everyPrintable;
        for (char16_t c = 0x20; c < 0x7f; ++c)
            everyPrintable.append(QChar(c));
        samples << everyPrintable << everyPrintable.right(40) + everyPrintable.left(40);
        for (const QString &s : std::as_const(samples))
            QCOMPARE(SkillNormalizer::normalize(s), referenceNormalize(s));
    }

    void canonical_synonymsAgree_data()
    {
        QTest::addColumn<QString>("alias");
        QTest::addColumn<QString>("other");
        QTest::newRow("apache spark") << "Apache Spark" << "spark";
        QTest::newRow("pyspark") << "PySpark" << "Spark";
        QTest::newRow("k8s") << "k8s" << "Kubernetes";
        QTest::newRow("postgres") << "Postgres" << "PostgreSQL";
        QTest::newRow("psql") << "psql" << "postgresql";
        QTest::newRow("js") << "JS" << "JavaScript";
        QTest::newRow("ts") << "TS" << "TypeScript";
        QTest::newRow("golang") << "Golang" << "Go";
        QTest::newRow("continuous integration") << "Continuous Integration" << "CI/CD";
        QTest::newRow("continuous delivery") << "continuous delivery" << "CI-CD";
        QTest::newRow("aws") << "AWS" << "Amazon Web Services";
        QTest::newRow("gcp") << "GCP" << "Google Cloud";
        QTest::newRow("sklearn") << "sklearn" << "Scikit-Learn";
        QTest::newRow("tf") << "TF" << "TensorFlow";
        QTest::newRow("mongo") << "Mongo" << "MongoDB";
        QTest::newRow("elastic") << "Elastic" << "Elasticsearch";
        QTest::newRow("ml") << "ML" << "Machine Learning";
        QTest::newRow("technical lead") << "Technical Lead" << "Tech Lead";
        QTest::newRow("lead engineer") << "Lead Engineer" << "tech lead";
        QTest::newRow("team leader") << "Team Leader" << "team lead";
        QTest::newRow("line management") << "Line management" << "People management";
        QTest::newRow("hdfs long form") << "Hadoop Distributed File System" << "HDFS";
        QTest::newRow("accented alias") << "Apache Spärk" << "spark";
    }

    void canonical_synonymsAgree()
    {
        QFETCH(QString, alias);
        QFETCH(QString, other);
        const SkillNormalizer n = SkillNormalizer::builtin();
        QCOMPARE(n.canonical(alias), n.canonical(other));
    }

    void canonical_distinctSkills_stayDistinct_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::newRow("terraform is not tensorflow") << "Terraform" << "TF";
        QTest::newRow("spark streaming is not spark") << "Spark Streaming" << "Spark";
        QTest::newRow("java is not javascript") << "Java" << "JS";
        QTest::newRow("sql is not nosql") << "SQL" << "NoSQL";
        QTest::newRow("c++ is not c#") << "C++" << "C#";
    }

    void canonical_distinctSkills_stayDistinct()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        const SkillNormalizer n = SkillNormalizer::builtin();
        QVERIFY(n.canonical(a) != n.canonical(b));
    }

    void canonical_knownAndUnknown_spelling()
    {
        const SkillNormalizer n = SkillNormalizer::builtin();
        QCOMPARE(n.canonical(QStringLiteral("Apache-Spark")), QStringLiteral("spark"));
        QCOMPARE(n.canonical(QStringLiteral("K8S")), QStringLiteral("kubernetes"));
        QCOMPARE(n.canonical(QStringLiteral("Quantum Basket-Weaving")), QStringLiteral("quantum basket weaving"));
        QCOMPARE(SkillNormalizer().canonical(QStringLiteral("Apache Spark")), QStringLiteral("apache spark"));
    }

    void addSynonym_userExtension_overridesBuiltin()
    {
        SkillNormalizer n = SkillNormalizer::builtin();
        QCOMPARE(n.canonical(QStringLiteral("tf")), QStringLiteral("tensorflow"));
        n.addSynonym(QStringLiteral("TF"), QStringLiteral("Terraform"));
        QCOMPARE(n.canonical(QStringLiteral("tf")), QStringLiteral("terraform"));
        // A canonical given as an alias resolves to its own canonical form.
        n.addSynonym(QStringLiteral("Sparky"), QStringLiteral("Apache Spark"));
        QCOMPARE(n.canonical(QStringLiteral("sparky")), QStringLiteral("spark"));
        // A former canonical form takes its aliases with it.
        n.addSynonym(QStringLiteral("HDFS"), QStringLiteral("Hadoop"));
        QCOMPARE(n.canonical(QStringLiteral("Hadoop Distributed File System")), QStringLiteral("hadoop"));
        // Mapping a spelling to itself removes the entry.
        n.addSynonym(QStringLiteral("k8s"), QStringLiteral("K8S"));
        QCOMPARE(n.canonical(QStringLiteral("k8s")), QStringLiteral("k8s"));
        // Names that normalize to nothing are ignored.
        const qsizetype before = n.synonyms().size();
        n.addSynonym(QStringLiteral("--"), QStringLiteral("spark"));
        QCOMPARE(n.synonyms().size(), before);
        // The map stays flat: no canonical form is also an alias.
        const QHash<QString, QString> map = n.synonyms();
        for (auto it = map.cbegin(); it != map.cend(); ++it)
            QVERIFY2(!map.contains(it.value()), qPrintable(it.key() + QStringLiteral(" -> ") + it.value()));
        // The built-in list is unaffected.
        QCOMPARE(SkillNormalizer::builtin().canonical(QStringLiteral("tf")), QStringLiteral("tensorflow"));
        QCOMPARE(SkillNormalizer::builtin().canonical(QStringLiteral("k8s")), QStringLiteral("kubernetes"));
    }

    void fromJson_valid_mapsAliasesToCanonical()
    {
        Result<SkillNormalizer> n = SkillNormalizer::fromJson(
            R"({"format": 1, "synonyms": {"Apache Spark": ["Spark Core", "spark-core"], "Rust": []}})");
        QVERIFY2(n, qPrintable(n.error().message));
        QHash<QString, QString> expected;
        expected.insert(QStringLiteral("spark core"), QStringLiteral("apache spark"));
        QCOMPARE(n->synonyms(), expected);
        QCOMPARE(n->canonical(QStringLiteral("SPARK CORE")), QStringLiteral("apache spark"));
        QCOMPARE(n->canonical(QStringLiteral("rust")), QStringLiteral("rust"));
    }

    void fromJson_invalid_refusedWithReason_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("not json") << QByteArray("{\"format\": 1, \"synonyms\": {") << "not valid JSON";
        QTest::newRow("array at top level") << QByteArray("[1, 2]") << "not valid JSON";
        QTest::newRow("wrong format number") << QByteArray(R"({"format": 2, "synonyms": {}})") << "format";
        QTest::newRow("no synonyms object") << QByteArray(R"({"format": 1, "synonyms": []})") << "synonyms";
        QTest::newRow("aliases not a list") << QByteArray(R"({"format": 1, "synonyms": {"spark": "apache spark"}})") << "list";
        QTest::newRow("alias claimed twice") << QByteArray(R"({"format": 1, "synonyms": {"terraform": ["tf"], "tensorflow": ["TF"]}})")
                                             << "claimed by both";
        QTest::newRow("alias is another canonical") << QByteArray(R"({"format": 1, "synonyms": {"spark": ["Kafka"], "kafka": []}})")
                                                    << "canonical";
        QTest::newRow("alias is its own canonical") << QByteArray(R"({"format": 1, "synonyms": {"CI/CD": ["ci cd"]}})") << "canonical";
        QTest::newRow("empty canonical") << QByteArray(R"({"format": 1, "synonyms": {"": ["x"]}})") << "empty";
        QTest::newRow("punctuation-only canonical") << QByteArray(R"({"format": 1, "synonyms": {" / ": ["x"]}})") << "empty";
        QTest::newRow("empty alias") << QByteArray(R"({"format": 1, "synonyms": {"spark": [""]}})") << "empty alias";
        QTest::newRow("alias not a string") << QByteArray(R"({"format": 1, "synonyms": {"spark": [3]}})") << "empty alias";
        QTest::newRow("canonical spelled twice") << QByteArray(R"({"format": 1, "synonyms": {"Node.js": [], "node js": []}})")
                                                 << "spelled the same";
    }

    void fromJson_invalid_refusedWithReason()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, messagePart);
        Result<SkillNormalizer> n = SkillNormalizer::fromJson(json);
        QVERIFY(!n);
        QCOMPARE(n.error().code, ErrorCode::Invalid);
        QVERIFY2(n.error().message.contains(messagePart), qPrintable(n.error().message));
    }

    void builtin_everyAliasOwnedOnce()
    {
        const QJsonObject root = builtinJson();
        QVERIFY(!root.isEmpty());
        QVERIFY2(SkillNormalizer::fromJson(QJsonDocument(root).toJson()).ok(), "the built-in list must parse");
        const QJsonObject entries = root.value(QLatin1String("synonyms")).toObject();
        QSet<QString> canonicals;
        QHash<QString, QString> owner;
        for (auto it = entries.begin(); it != entries.end(); ++it) {
            const QString canonical = SkillNormalizer::normalize(it.key());
            QVERIFY2(!canonicals.contains(canonical), qPrintable(it.key()));
            canonicals.insert(canonical);
            const QJsonArray aliases = it.value().toArray();
            for (const QJsonValue &v : aliases) {
                const QString alias = SkillNormalizer::normalize(v.toString());
                QVERIFY2(!owner.contains(alias), qPrintable(alias + QStringLiteral(" is listed under ") + owner.value(alias) + QStringLiteral(" and ") + canonical));
                owner.insert(alias, canonical);
            }
        }
        for (auto it = owner.cbegin(); it != owner.cend(); ++it)
            QVERIFY2(!canonicals.contains(it.key()), qPrintable(it.key()));
        QCOMPARE(SkillNormalizer::builtin().synonyms(), owner);
        QVERIFY(owner.size() > 300);
    }

    void builtin_templateKeywords_normalizeToSomething()
    {
        const std::optional<OpeningTemplate> bigData = OpeningTemplates::byKey(QStringLiteral("big-data-tech-lead"));
        QVERIFY(bigData);
        QVERIFY(!bigData->opening.requirements.isEmpty());
        const SkillNormalizer n = SkillNormalizer::builtin();
        for (const OpeningTemplate &t : OpeningTemplates::all()) {
            for (const Requirement &r : t.opening.requirements) {
                QVERIFY2(!n.canonical(r.skill).isEmpty(), qPrintable(r.skill));
                for (const QString &k : r.keywords)
                    QVERIFY2(!n.canonical(k).isEmpty(), qPrintable(t.key + QLatin1Char('/') + k));
            }
        }
        for (const QString &skill : demoSkills())
            QVERIFY2(!n.canonical(skill).isEmpty(), qPrintable(skill));
    }

    // Synonyms may merge spellings inside one requirement, but must not make
    // two different requirements of a template share vocabulary they did not
    // already share (a "spark" candidate must not satisfy "Kafka streaming").
    void builtin_templates_noRequirementsLinkedBySynonyms()
    {
        const SkillNormalizer n = SkillNormalizer::builtin();
        for (const OpeningTemplate &t : OpeningTemplates::all()) {
            const QList<Requirement> &reqs = t.opening.requirements;
            for (qsizetype i = 0; i < reqs.size(); ++i) {
                for (qsizetype j = i + 1; j < reqs.size(); ++j) {
                    QSet<QString> shared = vocabulary(reqs.at(i), n, true) & vocabulary(reqs.at(j), n, true);
                    const QSet<QString> alreadyShared = vocabulary(reqs.at(i), n, false) & vocabulary(reqs.at(j), n, false);
                    for (const QString &spelling : alreadyShared)
                        shared.remove(n.canonical(spelling));
                    QVERIFY2(shared.isEmpty(), qPrintable(t.key + QStringLiteral(": ") + reqs.at(i).skill + QStringLiteral(" / ")
                                                          + reqs.at(j).skill + QStringLiteral(": ") + QStringList(shared.values()).join(QLatin1Char(','))));
                }
            }
        }
    }

    void score_weightsAndYears_data()
    {
        QTest::addColumn<int>("years");  // -1: not recorded
        QTest::addColumn<QStringList>("skills");
        QTest::addColumn<int>("expectedScore");
        QTest::addColumn<int>("expectedMissingMustHaves");
        // Weights: Spark 5 (must-have, 8 years), Kafka 3, Kubernetes 2 (must-have); total 10.
        // 6 of 8 years: 5 x 0.75 + 3 x 1 + 2 x 0 = 6.75 -> 67.5 -> 68 (halves round up); Kubernetes missing.
        QTest::newRow("partial years, one must-have missing") << 6 << words({"Apache Spark", "Kafka"}) << 68 << 1;
        // 7 of 8 years: 5 x 0.875 + 2 x 1 = 6.375 -> 63.75 -> 64.
        QTest::newRow("seven of eight years") << 7 << words({"spark", "K8s"}) << 64 << 0;
        // Everything, with more years than needed: 10 / 10.
        QTest::newRow("all matched") << 12 << words({"PySpark", "apache-kafka", "helm"}) << 100 << 0;
        // Years unknown: Spark earns half, 5 x 0.5 + 3 + 2 = 7.5 -> 75, and nothing is missing.
        QTest::newRow("years not recorded") << -1 << words({"spark", "kafka", "kubernetes"}) << 75 << 0;
        // Zero years recorded: Spark earns nothing, 3 + 2 = 5 -> 50, and counts as a missing must-have.
        QTest::newRow("zero years") << 0 << words({"spark", "kafka", "kubernetes"}) << 50 << 1;
        // Years alone earn nothing without the skill: 3 -> 30.
        QTest::newRow("years without skill") << 20 << words({"Kafka"}) << 30 << 2;
        QTest::newRow("no matching skill") << 20 << words({"Excel", ""}) << 0 << 2;
        QTest::newRow("no skills") << 20 << QStringList() << 0 << 2;
        // The same skill twice counts once.
        QTest::newRow("duplicate skill") << 8 << words({"kafka", "Kafka", "KAFKA"}) << 30 << 2;
    }

    void score_weightsAndYears()
    {
        QFETCH(int, years);
        QFETCH(QStringList, skills);
        QFETCH(int, expectedScore);
        QFETCH(int, expectedMissingMustHaves);
        const RequirementMatcher matcher(threeRequirements(), SkillNormalizer::builtin());
        MatchInput input;
        if (years >= 0)
            input.yearsExperience = years;
        input.skills = skills;
        const MatchScore s = matcher.score(input);
        QCOMPARE(s.score, expectedScore);
        QCOMPARE(s.missingMustHaves, expectedMissingMustHaves);
        const MatchResult explained = matcher.explain(input);
        QCOMPARE(explained.total.score, expectedScore);
        QCOMPARE(explained.total.missingMustHaves, expectedMissingMustHaves);
    }

    void explain_partialYears_outcomesAndNotes()
    {
        const RequirementMatcher matcher(threeRequirements(), SkillNormalizer::builtin());
        const MatchResult r = matcher.explain(MatchInput{6, words({"Excel", "Apache Spark", "Kafka", "spark"})});
        QCOMPARE(r.requirements.size(), 3);
        const RequirementMatch &spark = r.requirements.at(0);
        QCOMPARE(spark.requirementId, 1);
        QCOMPARE(spark.skill, QStringLiteral("Spark"));
        QCOMPARE(spark.weight, 5);
        QVERIFY(spark.mustHave);
        QCOMPARE(spark.minYears, 8);
        QCOMPARE(spark.outcome, RequirementOutcome::Partial);
        QCOMPARE(spark.credit, 0.75);
        QCOMPARE(spark.matchedSkill, QStringLiteral("Apache Spark"));  // the first match, as written
        QCOMPARE(spark.note, QStringLiteral("6 of 8 years"));
        const RequirementMatch &kafka = r.requirements.at(1);
        QCOMPARE(kafka.outcome, RequirementOutcome::Matched);
        QCOMPARE(kafka.credit, 1.0);
        QCOMPARE(kafka.matchedSkill, QStringLiteral("Kafka"));
        QVERIFY(kafka.note.isEmpty());
        const RequirementMatch &k8s = r.requirements.at(2);
        QCOMPARE(k8s.outcome, RequirementOutcome::Missing);
        QCOMPARE(k8s.credit, 0.0);
        QVERIFY(k8s.matchedSkill.isEmpty());
        QCOMPARE(k8s.note, QStringLiteral("no matching skill"));

        const MatchResult enough = matcher.explain(MatchInput{9, words({"spark"})});
        QCOMPARE(enough.requirements.at(0).outcome, RequirementOutcome::Matched);
        QCOMPARE(enough.requirements.at(0).note, QStringLiteral("9 years (8 needed)"));
    }

    void explain_unknownYears_noteAndHalfCredit()
    {
        const RequirementMatcher matcher(threeRequirements(), SkillNormalizer::builtin());
        const MatchResult r = matcher.explain(MatchInput{std::nullopt, words({"PySpark"})});
        const RequirementMatch &spark = r.requirements.at(0);
        QCOMPARE(spark.outcome, RequirementOutcome::Partial);
        QCOMPARE(spark.credit, 0.5);
        QCOMPARE(spark.matchedSkill, QStringLiteral("PySpark"));
        QCOMPARE(spark.note, QStringLiteral("years not recorded; counted as half"));
        // Years matter only where minYears > 0.
        const MatchResult kafkaOnly = matcher.explain(MatchInput{std::nullopt, words({"kafka"})});
        QCOMPARE(kafkaOnly.requirements.at(1).outcome, RequirementOutcome::Matched);
        QCOMPARE(kafkaOnly.total.score, 30);
    }

    void score_missingMustHave_flagged()
    {
        const RequirementMatcher matcher(threeRequirements(), SkillNormalizer::builtin());
        // Spark and Kafka fully matched, Kubernetes (must-have, weight 2) missing: 8 / 10 -> 80.
        const MatchScore s = matcher.score(MatchInput{10, words({"spark", "kafka"})});
        QCOMPARE(s.score, 80);
        QCOMPARE(s.missingMustHaves, 1);
        // A missing nice-to-have is not counted.
        const MatchScore t = matcher.score(MatchInput{10, words({"spark", "kubernetes"})});
        QCOMPARE(t.score, 70);
        QCOMPARE(t.missingMustHaves, 0);
    }

    void score_vocabularyUsesSkillKeywordsAndSynonyms()
    {
        const RequirementMatcher matcher(threeRequirements(), SkillNormalizer::builtin());
        // "helm" is a keyword of Kubernetes; "kube" a built-in alias of its skill.
        QCOMPARE(matcher.score(MatchInput{0, words({"Helm"})}).score, 20);
        QCOMPARE(matcher.score(MatchInput{0, words({"kube"})}).score, 20);
        // A user synonym carried by the normalizer the matcher was built with.
        SkillNormalizer custom = SkillNormalizer::builtin();
        custom.addSynonym(QStringLiteral("Event Hubs"), QStringLiteral("Kafka"));
        const RequirementMatcher extended(threeRequirements(), custom);
        QCOMPARE(extended.score(MatchInput{0, words({"event hubs"})}).score, 30);
        QCOMPARE(matcher.score(MatchInput{0, words({"event hubs"})}).score, 0);
    }

    void score_noRequirements_isZero()
    {
        const RequirementMatcher matcher({}, SkillNormalizer::builtin());
        QVERIFY(matcher.isEmpty());
        const MatchScore s = matcher.score(MatchInput{10, words({"spark"})});
        QCOMPARE(s.score, 0);
        QCOMPARE(s.missingMustHaves, 0);
        const MatchResult r = matcher.explain(MatchInput{10, words({"spark"})});
        QVERIFY(r.requirements.isEmpty());
        QCOMPARE(r.total.score, 0);
        QVERIFY(!describeMatch(r).isEmpty());
        QVERIFY(!RequirementMatcher(threeRequirements(), SkillNormalizer()).isEmpty());
    }

    void score_zeroWeights_isZero()
    {
        QList<Requirement> reqs = threeRequirements();
        for (Requirement &r : reqs)
            r.weight = 0;
        const RequirementMatcher matcher(reqs, SkillNormalizer::builtin());
        const MatchScore s = matcher.score(MatchInput{10, words({"spark", "kafka", "k8s"})});
        QCOMPARE(s.score, 0);
        QCOMPARE(s.missingMustHaves, 0);
    }

    void explain_totalEqualsScore_acrossBatch()
    {
        const std::optional<OpeningTemplate> bigData = OpeningTemplates::byKey(QStringLiteral("big-data-tech-lead"));
        QVERIFY(bigData);
        const RequirementMatcher matcher(bigData->opening.requirements, SkillNormalizer::builtin());
        const QStringList pool = demoSkills() + words({"Apache-Spark", "K8S", "Postgres", "Line Manager", "Señor Scrum"});
        QVERIFY(pool.size() > 100);
        QRandomGenerator random(239);
        int distinctScores = 0;
        QSet<int> seen;
        for (int i = 0; i < 3000; ++i) {
            MatchInput input;
            const int years = random.bounded(-1, 25);
            if (years >= 0)
                input.yearsExperience = years;
            const int count = random.bounded(0, 14);
            for (int k = 0; k < count; ++k)
                input.skills << pool.at(random.bounded(int(pool.size())));
            const MatchScore fast = matcher.score(input);
            const MatchResult full = matcher.explain(input);
            QCOMPARE(full.total.score, fast.score);
            QCOMPARE(full.total.missingMustHaves, fast.missingMustHaves);
            int missing = 0;
            for (const RequirementMatch &m : full.requirements) {
                QVERIFY(m.credit >= 0.0 && m.credit <= 1.0);
                QCOMPARE(m.outcome == RequirementOutcome::Missing, m.credit == 0.0);
                QCOMPARE(m.matchedSkill.isEmpty(), m.note == QStringLiteral("no matching skill"));
                if (m.mustHave && m.outcome == RequirementOutcome::Missing)
                    ++missing;
            }
            QCOMPARE(fast.missingMustHaves, missing);
            QVERIFY(fast.score >= 0 && fast.score <= 100);
            if (!seen.contains(fast.score)) {
                seen.insert(fast.score);
                ++distinctScores;
            }
        }
        QVERIFY2(distinctScores > 20, "the batch should exercise many different scores");
    }

    void score_manyDistinctSkills_staysCorrect()
    {
        // More distinct spellings than the cache holds: it is cleared and refilled.
        const RequirementMatcher matcher(threeRequirements(), SkillNormalizer::builtin());
        for (int i = 0; i < 120'000; ++i) {
            const QString unknown = QStringLiteral("skill %1").arg(i);
            const MatchScore s = matcher.score(MatchInput{10, {unknown, QStringLiteral("Apache Kafka")}});
            if (s.score != 30)
                QFAIL(qPrintable(QStringLiteral("wrong score %1 after %2 skills").arg(s.score).arg(i)));
        }
        QCOMPARE(matcher.score(MatchInput{10, words({"spark", "k8s"})}).score, 70);
    }

    void describeMatch_namesMissingMustHave()
    {
        const RequirementMatcher matcher(threeRequirements(), SkillNormalizer::builtin());
        const QString text = describeMatch(matcher.explain(MatchInput{6, words({"Apache Spark", "Kafka"})}));
        const QStringList lines = text.split(QLatin1Char('\n'));
        QVERIFY2(lines.first().contains(QStringLiteral("68")), qPrintable(text));
        QVERIFY2(lines.at(1).startsWith(QStringLiteral("Missing must-haves: Kubernetes")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Matched:\n  Kafka (weight 3): has “Kafka”")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Partial:\n  Spark (weight 5, must-have): has “Apache Spark”; 6 of 8 years")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Missing:\n  Kubernetes (weight 2, must-have): no matching skill")), qPrintable(text));
        // Nothing missing: no must-have line.
        const QString full = describeMatch(matcher.explain(MatchInput{9, words({"spark", "kafka", "k8s"})}));
        QVERIFY2(!full.contains(QStringLiteral("Missing")), qPrintable(full));
    }
};

QTEST_GUILESS_MAIN(TestRequirementMatch)
#include "tst_requirementmatch.moc"
