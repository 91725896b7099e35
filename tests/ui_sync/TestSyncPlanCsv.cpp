#include "CsvCodec.h"
#include "SyncPlanView.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace pd;

// The dry-run plan export must not hand a spreadsheet formulas: user names, source keys and reasons
// come from the directory (a CSV file or LDAP anyone may have edited).
class TestSyncPlanCsv : public QObject
{
    Q_OBJECT

    static PlannedOperation op(PlannedOperation::Kind kind, const QString &userName, const QString &sourceKey,
        const QString &zoomId, const QString &reason)
    {
        PlannedOperation o;
        o.kind = kind;
        o.userName = userName;
        o.sourceKey = sourceKey;
        o.zoomId = zoomId;
        o.reason = reason;
        return o;
    }

private slots:
    void formulaCellsAreProtected()
    {
        SyncReport report;
        report.dryRun = true;
        const QStringList hostile {QStringLiteral("=HYPERLINK(\"http://evil.example\",\"x\")"),
            QStringLiteral("+cmd|' /C calc'!A0"), QStringLiteral("-2+3"), QStringLiteral("@SUM(A1:A2)"),
            QStringLiteral("\tTAB"), QStringLiteral("\r=CR")};
        report.plan << op(PlannedOperation::Kind::Create, hostile[0], hostile[1], {}, hostile[2])
                    << op(PlannedOperation::Kind::Skip, hostile[3], hostile[4], hostile[5],
                           QStringLiteral("ok, fine"))
                    << op(PlannedOperation::Kind::Update, QStringLiteral("plain@example.com"),
                           QStringLiteral("k1"), QStringLiteral("z1"), QString());
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        SyncPlanView view;
        view.setReport(report);
        const QString path = dir.filePath(QStringLiteral("plan.csv"));
        QString error;
        QVERIFY2(view.exportTo(path, SyncPlanView::Format::Csv, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QCOMPARE(bytes, SyncPlanView::planToCsv(report));

        // Raw: every hostile value is written behind an apostrophe (inside quotes when it needs them).
        const QString raw = QString::fromUtf8(bytes);
        for (const QString &v : hostile) {
            const bool quoted = v.contains(QLatin1Char('"')) || v.contains(QLatin1Char(','))
                || v.contains(QLatin1Char('\r'));
            QString expected = QLatin1Char('\'') + v;
            if (quoted)
                expected = QLatin1Char('"')
                    + QString(expected).replace(QLatin1Char('"'), QLatin1String("\"\"")) + QLatin1Char('"');
            QVERIFY2(
                raw.contains(QLatin1Char(',') + expected) || raw.contains(QLatin1String("\n") + expected),
                qPrintable(v));
        }

        // Read back: the cells are exactly what the plan held, harmless ones untouched.
        QBuffer buffer;
        buffer.setData(bytes);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        CsvCodec reader(&buffer);
        QStringList fields;
        QVERIFY(reader.readRecord(&fields));
        QCOMPARE(fields.value(0), QStringLiteral("operation"));
        QVERIFY(reader.readRecord(&fields));
        QCOMPARE(fields.value(1), hostile[0]);
        QCOMPARE(fields.value(2), hostile[1]);
        QCOMPARE(fields.value(5), hostile[2]);
        QVERIFY(reader.readRecord(&fields));
        QCOMPARE(fields.value(1), hostile[3]);
        QCOMPARE(fields.value(2), hostile[4]);
        QCOMPARE(fields.value(3), hostile[5]);
        QCOMPARE(fields.value(5), QStringLiteral("ok, fine"));
        QVERIFY(reader.readRecord(&fields));
        QCOMPARE(fields.value(1), QStringLiteral("plain@example.com"));
        QVERIFY(raw.contains(QLatin1String(",plain@example.com,k1,z1,")));
    }
};

QTEST_MAIN(TestSyncPlanCsv)
#include "TestSyncPlanCsv.moc"
