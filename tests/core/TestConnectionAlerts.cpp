// alerts.maxHoursWithoutSuccess in the connection file (strict reading, whole hours, 0-8760, written
// back only when set) and in the store (migration 4 adds the column; the value survives a reopen).
#include "ConnectionJson.h"
#include "ConnectionStore.h"
#include "Database.h"

#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace pd;

namespace {

QJsonObject file(const QJsonValue &alerts)
{
    QJsonObject o {{QStringLiteral("name"), QStringLiteral("Zoom")},
        {QStringLiteral("authentication"),
            QJsonObject {{QStringLiteral("accountId"), QStringLiteral("a")},
                {QStringLiteral("clientId"), QStringLiteral("c")}}}};
    if (!alerts.isUndefined())
        o.insert(QStringLiteral("alerts"), alerts);
    return o;
}

QStringList fields(const QList<FieldProblem> &problems)
{
    QStringList list;
    for (const FieldProblem &p : problems)
        list << p.field;
    return list;
}

} // namespace

class TestConnectionAlerts : public QObject
{
    Q_OBJECT
private slots:
    void readsAndWritesTheSetting()
    {
        Connection c;
        QVERIFY(ConnectionJson::fromJson(file(QJsonValue::Undefined), &c).isEmpty());
        QCOMPARE(c.alerts.maxHoursWithoutSuccess, 0);
        QVERIFY(!ConnectionJson::toJson(c).contains(QStringLiteral("alerts")));

        Connection d;
        QVERIFY(
            ConnectionJson::fromJson(file(QJsonObject {{QStringLiteral("maxHoursWithoutSuccess"), 26}}), &d)
                .isEmpty());
        QCOMPARE(d.alerts.maxHoursWithoutSuccess, 26);
        QCOMPARE(ConnectionJson::toJson(d).value(QStringLiteral("alerts")).toObject(),
            (QJsonObject {{QStringLiteral("maxHoursWithoutSuccess"), 26}}));
    }

    void refusesBadValues_data()
    {
        QTest::addColumn<QJsonValue>("alerts");
        QTest::addColumn<QString>("field");
        QTest::newRow("unknown key") << QJsonValue(QJsonObject {{QStringLiteral("maxHours"), 2}})
                                     << QStringLiteral("alerts.maxHours");
        QTest::newRow("fraction") << QJsonValue(QJsonObject {{QStringLiteral("maxHoursWithoutSuccess"), 1.5}})
                                  << QStringLiteral("alerts.maxHoursWithoutSuccess");
        QTest::newRow("string") << QJsonValue(
            QJsonObject {{QStringLiteral("maxHoursWithoutSuccess"), QStringLiteral("2")}})
                                << QStringLiteral("alerts.maxHoursWithoutSuccess");
        QTest::newRow("negative") << QJsonValue(QJsonObject {{QStringLiteral("maxHoursWithoutSuccess"), -1}})
                                  << QStringLiteral("alerts.maxHoursWithoutSuccess");
        QTest::newRow("over a year") << QJsonValue(
            QJsonObject {{QStringLiteral("maxHoursWithoutSuccess"), 9000}})
                                     << QStringLiteral("alerts.maxHoursWithoutSuccess");
        QTest::newRow("not an object") << QJsonValue(3) << QStringLiteral("alerts");
    }
    void refusesBadValues()
    {
        QFETCH(QJsonValue, alerts);
        QFETCH(QString, field);
        Connection c;
        const QStringList problems = fields(ConnectionJson::fromJson(file(alerts), &c));
        QVERIFY2(problems.contains(field), qPrintable(problems.join(QLatin1Char(','))));
    }

    void theStoreKeepsIt()
    {
        QTemporaryDir dir;
        QUuid id;
        {
            Database db(dir.path());
            QVERIFY2(db.open(), qPrintable(db.errorString()));
            QVERIFY(db.schemaVersion() >= 4);
            Connection c;
            QVERIFY(ConnectionJson::fromJson(
                file(QJsonObject {{QStringLiteral("maxHoursWithoutSuccess"), 6}}), &c)
                        .isEmpty());
            QVERIFY(ConnectionStore(db.handle()).insert(&c));
            id = c.id;
            c.alerts.maxHoursWithoutSuccess = 12;
            QVERIFY(ConnectionStore(db.handle()).update(&c));
            db.close();
        }
        Database again(dir.path());
        QVERIFY(again.open());
        const auto c = ConnectionStore(again.handle()).find(id);
        QVERIFY(c);
        QCOMPARE(c->alerts.maxHoursWithoutSuccess, 12);
        again.close();
    }
};

QTEST_GUILESS_MAIN(TestConnectionAlerts)
#include "TestConnectionAlerts.moc"
