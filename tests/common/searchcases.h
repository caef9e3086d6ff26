#pragma once

// Search cases shared by the SQLite and PostgreSQL tests: the same inputs must
// behave the same on both backends. The data fits the fixture both tests
// build (tst_applicationquery's candidates: José Núñez, Zoë Ångström, 王伟,
// Дмитрий Иванов, Siobhán O'Brien, Marlowe Quist, then "Person NN").

#include <QtTest>

namespace shortlist::test {

// Inputs with meaning to FTS5 or tsquery (and SQL) that must never fail.
inline void addSpecialSearchInputs()
{
    QTest::addColumn<QString>("input");
    const char *const inputs[] = {"\"", "\"unterminated", "*", "-spark", "spark -kafka", "a:b", "name:José", "NEAR(", "NEAR(spark kafka, 2)",
                                  "()", "(((", "AND", "OR NOT", "spark AND", "^", "+", "'", "\\", "{}", "[x]", "spark*", "**spark",
                                  "", "   ", "\t\n", "😀", "@", "person1@example.com", "%", "_", ";DROP TABLE candidates;--",
                                  "spark & kafka", "spark | !kafka", "spark:*", "<->", "'spark':* & 'x'", "$1", "?", ":name", "::text",
                                  "scope : opening1", "{scope} : x", "\xcc\x81", "e\xcc\x81 \xcc\x81\xcc\x81"};  // combining accents alone
    for (const char *input : inputs)
        QTest::newRow(input) << QString::fromUtf8(input);
}

// What typing finds: (input, a name that must be among the results, how many).
inline void addSearchExpectations(int candidateCount)
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expectedName");
    QTest::addColumn<int>("expectedCount");
    QTest::newRow("without accents finds accented") << QStringLiteral("Jose Nunez") << QStringLiteral("José Núñez") << 1;
    QTest::newRow("accented finds accented") << QStringLiteral("núñez") << QStringLiteral("José Núñez") << 1;
    QTest::newRow("ring and diaeresis") << QStringLiteral("zoe angstrom") << QStringLiteral("Zoë Ångström") << 1;
    QTest::newRow("upper case") << QStringLiteral("JOSÉ") << QStringLiteral("José Núñez") << 1;
    QTest::newRow("prefix") << QStringLiteral("Siob") << QStringLiteral("Siobhán O'Brien") << 1;
    QTest::newRow("apostrophe in name") << QStringLiteral("O'Brien") << QStringLiteral("Siobhán O'Brien") << 1;
    QTest::newRow("Chinese") << QStringLiteral("王伟") << QStringLiteral("王伟") << 1;
    QTest::newRow("Cyrillic prefix") << QStringLiteral("Дмитр") << QStringLiteral("Дмитрий Иванов") << 1;
    QTest::newRow("Cyrillic lower case") << QStringLiteral("иванов") << QStringLiteral("Дмитрий Иванов") << 1;
    QTest::newRow("email, prefix of every word") << QStringLiteral("person2@example.com") << QStringLiteral("王伟") << 11;
    QTest::newRow("skill prefix") << QStringLiteral("spa") << QString() << candidateCount * 3 / 4;
    QTest::newRow("title and company") << QStringLiteral("senior data") << QString() << candidateCount / 2;
    QTest::newRow("tag") << QStringLiteral("relocation") << QString() << candidateCount / 5;
    QTest::newRow("tag with a hyphen") << QStringLiteral("silver-medal") << QStringLiteral("José Núñez") << 9;
    QTest::newRow("note") << QStringLiteral("spoke") << QStringLiteral("Person 10") << 1;
    QTest::newRow("two words must both match") << QStringLiteral("José Ivanov") << QString() << 0;
}

} // namespace shortlist::test
