#include "PayloadDiff.h"

#include <QJsonDocument>
#include <QTest>

using namespace pd;

namespace {
QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}
QStringList attributes(const QJsonArray &changes)
{
    QStringList a;
    for (const QJsonValue &c : changes)
        a << c.toObject().value(QStringLiteral("attribute")).toString();
    return a;
}
} // namespace

class TestPayloadDiff : public QObject
{
    Q_OBJECT
private slots:
    void nestedAndTypedMultiValuedAttributes()
    {
        const QJsonObject before
            = json("{\"schemas\":[\"a\"],\"userName\":\"a@x.io\",\"name\":{\"givenName\":\"Ann\","
                   "\"familyName\":\"Lee\"},\"emails\":[{\"type\":\"work\",\"value\":\"a@x.io\"}]}");
        const QJsonObject after
            = json("{\"schemas\":[\"b\"],\"userName\":\"a@x.io\",\"name\":{\"givenName\":\"Anne\","
                   "\"familyName\":\"Lee\"},\"emails\":[{\"type\":\"work\",\"value\":\"anne@x.io\"}],"
                   "\"title\":\"CEO\"}");
        const QJsonArray changes = PayloadDiff::compare(before, after);
        QCOMPARE(attributes(changes),
            (QStringList {QStringLiteral("emails[work].value"), QStringLiteral("name.givenName"),
                QStringLiteral("title")}));
        QCOMPARE(changes.at(1).toObject().value(QStringLiteral("old")).toString(), QStringLiteral("Ann"));
        QCOMPARE(changes.at(1).toObject().value(QStringLiteral("new")).toString(), QStringLiteral("Anne"));
        QVERIFY(changes.at(2).toObject().value(QStringLiteral("old")).isNull());
    }

    void changesMadeIgnoresWhatThePartialUpdateLeavesAlone()
    {
        const QJsonObject zoom
            = json("{\"id\":\"z1\",\"userName\":\"a@x.io\",\"title\":\"CEO\",\"active\":true,"
                   "\"meta\":{\"version\":\"1\"}}");
        const QJsonObject put = json("{\"title\":\"CTO\"}");
        QCOMPARE(attributes(PayloadDiff::changesMade(zoom, put)), QStringList {QStringLiteral("title")});
        QVERIFY(PayloadDiff::changesMade(zoom, json("{\"title\":\"CEO\"}")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPayloadDiff)
#include "TestPayloadDiff.moc"
