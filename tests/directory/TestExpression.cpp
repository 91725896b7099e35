#include "Expression.h"

#include <QTest>

using namespace pd;

namespace {

SourceRecord person()
{
    SourceRecord r;
    r.key = QStringLiteral("E42");
    r.add(QStringLiteral("givenName"), QStringLiteral("  Zoë "));
    r.add(QStringLiteral("sn"), QStringLiteral("Müller"));
    r.add(QStringLiteral("mail"), QStringLiteral("Zoe.Muller@Example.COM"));
    r.add(QStringLiteral("First Name"), QStringLiteral("Zoë"));
    r.add(QStringLiteral("license"), QStringLiteral("pro"));
    r.add(QStringLiteral("memberOf"), QStringList {QStringLiteral("Staff"), QStringLiteral("Engineers")});
    r.add(QStringLiteral("roles"), QStringLiteral("Admin; Member ;"));
    r.add(QStringLiteral("empty"), QString());
    return r;
}

} // namespace

class TestExpression : public QObject
{
    Q_OBJECT
private slots:
    void evaluates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        const auto one = [](const char *s) { return QStringList {QString::fromUtf8(s)}; };
        QTest::newRow("attribute") << "sn" << one("Müller");
        QTest::newRow("attribute names ignore case") << "SN" << one("Müller");
        QTest::newRow("braced name with a space") << "{First Name}" << one("Zoë");
        QTest::newRow("missing attribute") << "nothing" << QStringList();
        QTest::newRow("literal") << "'Basic'" << one("Basic");
        QTest::newRow("double-quoted literal with escapes") << "\"it\\'s \\\"x\\\"\"" << one("it's \"x\"");
        QTest::newRow("concatenate with +") << "trim(givenName) + ' ' + sn" << one("Zoë Müller");
        QTest::newRow("concat()") << "concat(sn, ', ', trim(givenName))" << one("Müller, Zoë");
        QTest::newRow("lower") << "lower(mail)" << one("zoe.muller@example.com");
        QTest::newRow("upper") << "upper(sn)" << one("MÜLLER");
        QTest::newRow("trim collapses inner space") << "trim(' a   b ')" << one("a b");
        QTest::newRow("default when absent") << "default(nothing, empty, 'fallback')" << one("fallback");
        QTest::newRow("default when present") << "default(sn, 'fallback')" << one("Müller");
        QTest::newRow("replace") << "replace(lower(mail), '@example.com', '@example.org')"
                                 << one("zoe.muller@example.org");
        QTest::newRow("map alias") << "map(license, 'Pro' => 'Licensed', 'Corp' => 'On-Prem')"
                                   << one("Licensed");
        QTest::newRow("map passes unmatched through") << "map(sn, 'x' => 'y')" << one("Müller");
        QTest::newRow("map else") << "map(sn, 'x' => 'y', else => 'Basic')" << one("Basic");
        QTest::newRow("map of absent is absent") << "map(nothing, else => 'Basic')" << QStringList();
        QTest::newRow("multi-valued stays multi-valued")
            << "upper(memberOf)" << QStringList {QStringLiteral("STAFF"), QStringLiteral("ENGINEERS")};
        QTest::newRow("first") << "first(memberOf)" << one("Staff");
        QTest::newRow("join") << "join(memberOf, '|')" << one("Staff|Engineers");
        QTest::newRow("split drops empties and trims")
            << "split(roles, ';')" << QStringList {QStringLiteral("Admin"), QStringLiteral("Member")};
        QTest::newRow("key and flags") << "@key + '/' + @enabled + '/' + @disabled" << one("E42/true/false");
        QTest::newRow("parentheses") << "lower((sn + 'X'))" << one("müllerx");
        QTest::newRow("function names ignore case") << "LOWER(sn)" << one("müller");
        QTest::newRow("nothing + nothing is nothing") << "nothing + empty" << QStringList();
    }

    void evaluates()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        const Expression e = Expression::parse(text);
        QVERIFY2(e.isValid(), qPrintable(e.error().toString()));
        QCOMPARE(e.evaluate(person()), expected);
    }

    void parseErrorsSayWhereAndWhat_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("needle");
        QTest::newRow("empty") << "  " << 1 << "empty";
        QTest::newRow("unknown function") << "lowr(mail)" << 1 << "unknown function lowr()";
        QTest::newRow("unclosed call") << "lower(mail" << 11 << "expected , or )";
        QTest::newRow("unclosed text") << "sn + 'abc" << 6 << "closing '";
        QTest::newRow("unclosed brace") << "{First Name" << 1 << "closing }";
        QTest::newRow("missing operand") << "sn +" << 5 << "expected an attribute";
        QTest::newRow("two values without +") << "sn givenName" << 4 << "join parts with +";
        QTest::newRow("too few arguments") << "replace(sn, 'a')" << 1 << "takes 3 arguments, not 2";
        QTest::newRow("too many arguments") << "lower(sn, mail)" << 1 << "takes 1 arguments, not 2";
        QTest::newRow("map pair without arrow") << "map(sn, 'a' 'b')" << 13 << "expected => after";
        QTest::newRow("map key not text") << "map(sn, mail => 'b')" << 9 << "'from' => 'to'";
        QTest::newRow("map without pairs") << "map(sn)" << 1 << "at least one";
        QTest::newRow("two else") << "map(sn, else => 'a', else => 'b')" << 22 << "two else";
        QTest::newRow("else outside map") << "else" << 1 << "inside map()";
        QTest::newRow("unknown pseudo") << "@owner" << 1 << "unknown @owner";
        QTest::newRow("bare number") << "sn + 5" << 6 << "put numbers in quotes";
        QTest::newRow("bad escape") << "'a\\q'" << 3 << "unknown escape";
        QTest::newRow("empty replace") << "replace(sn, '', 'x')" << 1 << "text to look for";
        QTest::newRow("stray character") << "sn ; mail" << 4 << "unexpected character";
    }

    void parseErrorsSayWhereAndWhat()
    {
        QFETCH(QString, text);
        QFETCH(int, column);
        QFETCH(QString, needle);
        const Expression e = Expression::parse(text);
        QVERIFY(!e.isValid());
        QVERIFY(e.evaluate(person()).isEmpty());
        QVERIFY2(e.error().message.contains(needle), qPrintable(e.error().toString()));
        QCOMPARE(e.error().position + 1, column);
        QVERIFY(e.error().toString().startsWith(QStringLiteral("column %1: ").arg(column)));
    }

    void limitsKeepItSafe()
    {
        QString deep;
        for (int i = 0; i < 100; ++i)
            deep += QStringLiteral("lower(");
        deep += QStringLiteral("sn");
        for (int i = 0; i < 100; ++i)
            deep += QLatin1Char(')');
        const Expression nested = Expression::parse(deep);
        QVERIFY(!nested.isValid());
        QVERIFY(nested.error().message.contains(QLatin1String("too deeply")));

        const Expression longText
            = Expression::parse(QStringLiteral("'%1'").arg(QString(5000, QLatin1Char('a'))));
        QVERIFY(!longText.isValid());
        QVERIFY(longText.error().message.contains(QLatin1String("longer than")));
    }

    void referencedAttributes()
    {
        const Expression e = Expression::parse(QStringLiteral(
            "default(lower(mail), {First Name} + sn, map(license, 'a' => x, else => y)) + @key"));
        QVERIFY(e.isValid());
        QCOMPARE(e.referencedAttributes(),
            (QStringList {QStringLiteral("mail"), QStringLiteral("First Name"), QStringLiteral("sn"),
                QStringLiteral("license"), QStringLiteral("x"), QStringLiteral("y"),
                QStringLiteral("@key")}));
        QVERIFY(Expression::parse(QStringLiteral("upper('x')")).isConstant());
        QVERIFY(!e.isConstant());
    }

    void attributeAndConstantBuilders()
    {
        QCOMPARE(Expression::attribute(QStringLiteral("First Name")).evaluate(person()),
            QStringList {QStringLiteral("Zoë")});
        QCOMPARE(Expression::constant(QStringLiteral("a + b")).evaluate(person()),
            QStringList {QStringLiteral("a + b")});
        QVERIFY(!Expression::attribute(QStringLiteral("  ")).isValid());
    }
};

QTEST_GUILESS_MAIN(TestExpression)
#include "TestExpression.moc"
