// The live log: bounded model (eviction with begin/endRemoveRows, the dropped-lines notice),
// level filter and search, and the view's copy, save and auto-scroll.
#include "SyncLogFilterModel.h"
#include "SyncLogModel.h"
#include "SyncLogView.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QFileDialog>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace pd;
using Level = SyncLogLine::Level;

namespace {

QList<SyncLogLine> lines(
    int from, int count, Level level = Level::Info, const QString &prefix = QStringLiteral("line"))
{
    QList<SyncLogLine> list;
    for (int i = from; i < from + count; ++i)
        list.append({QDateTime::currentDateTime(), level, QStringLiteral("%1 %2").arg(prefix).arg(i)});
    return list;
}

QString text(const QAbstractItemModel *m, int row)
{
    return m->index(row, 0).data(SyncLogModel::TextRole).toString();
}

QFileDialog *visibleFileDialog()
{
    const auto widgets = QApplication::topLevelWidgets();
    for (QWidget *w : widgets) {
        if (auto *d = qobject_cast<QFileDialog *>(w); d && d->isVisible())
            return d;
    }
    return nullptr;
}

} // namespace

class TestSyncLog : public QObject
{
    Q_OBJECT
private slots:
    void appendsBatchesInOrder()
    {
        SyncLogModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.append(lines(0, 3));
        model.append(lines(3, 2, Level::Error));
        model.append({});
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(inserted.size(), 2); // one insert per batch, none for an empty one
        QCOMPARE(text(&model, 0), QStringLiteral("line 0"));
        QCOMPARE(text(&model, 4), QStringLiteral("line 4"));
        QCOMPARE(model.index(4).data(SyncLogModel::LevelRole).toInt(), int(Level::Error));
        QVERIFY(model.index(4).data().toString().contains(QStringLiteral("error")));
        QVERIFY(model.index(4).data().toString().endsWith(QStringLiteral("line 4")));
        QCOMPARE(model.receivedCount(Level::Error), 2);
        QVERIFY(!model.hasNotice());
    }

    void boundedEvictsTheOldestAndCountsThem()
    {
        SyncLogModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCapacity(100);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        for (int i = 0; i < 250; i += 30)
            model.append(lines(i, qMin(30, 250 - i)));
        QCOMPARE(model.lineCount(), 100);
        QCOMPARE(model.droppedCount(), 150);
        QCOMPARE(model.rowCount(), 101); // the notice and the newest 100 lines
        QVERIFY(model.index(0).data(SyncLogModel::IsNoticeRole).toBool());
        QVERIFY2(model.index(0).data().toString().contains(QStringLiteral("Earlier lines not shown: 150")),
            qPrintable(model.index(0).data().toString()));
        QCOMPARE(text(&model, 1), QStringLiteral("line 150"));
        QCOMPARE(text(&model, 100), QStringLiteral("line 249"));
        QVERIFY(!removed.isEmpty()); // evicted through beginRemoveRows, not a reset
        // The first eviction removed the oldest kept rows (the notice did not exist yet).
        QCOMPARE(removed.first().at(1).toInt(), 0);
        // Later ones remove just below the notice.
        QCOMPARE(removed.last().at(1).toInt(), 1);
        QCOMPARE(model.receivedCount(Level::Info), 250);
    }

    void aBatchLargerThanTheLogKeepsItsNewestLines()
    {
        SyncLogModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCapacity(10);
        model.append(lines(0, 4));
        model.append(lines(4, 25));
        QCOMPARE(model.lineCount(), 10);
        QCOMPARE(model.droppedCount(), 19);
        QCOMPARE(text(&model, 1), QStringLiteral("line 19"));
        QCOMPARE(text(&model, 10), QStringLiteral("line 28"));
        model.setCapacity(5); // shrinking evicts at once
        QCOMPARE(model.lineCount(), 5);
        QCOMPARE(model.droppedCount(), 24);
        QCOMPARE(text(&model, 1), QStringLiteral("line 24"));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.droppedCount(), 0);
        QCOMPARE(model.receivedCount(Level::Info), 0);
    }

    void defaultCapacityHolds20000Lines()
    {
        SyncLogModel model;
        QCOMPARE(model.capacity(), 20000);
        for (int i = 0; i < 25000; i += 500)
            model.append(lines(i, 500));
        QCOMPARE(model.lineCount(), 20000);
        QCOMPARE(model.droppedCount(), 5000);
        QCOMPARE(text(&model, 1), QStringLiteral("line 5000"));
    }

    void filterHidesDebugByDefaultAndFiltersByLevelAndText()
    {
        SyncLogModel model;
        SyncLogFilterModel filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.append(lines(0, 3, Level::Debug, QStringLiteral("GET /Users")));
        model.append(lines(0, 4, Level::Info, QStringLiteral("Create alice")));
        model.append(lines(0, 2, Level::Warning, QStringLiteral("Held Bob")));
        model.append(lines(0, 1, Level::Error, QStringLiteral("Create carol failed")));
        QCOMPARE(filter.minimumLevel(), Level::Info);
        QCOMPARE(filter.rowCount(), 7);
        filter.setMinimumLevel(Level::Warning);
        QCOMPARE(filter.rowCount(), 3);
        filter.setMinimumLevel(Level::Error);
        QCOMPARE(filter.rowCount(), 1);
        filter.setMinimumLevel(Level::Debug);
        QCOMPARE(filter.rowCount(), 10);
        filter.setSearchText(QStringLiteral("CREATE"));
        QCOMPARE(filter.rowCount(), 5); // case-insensitive
        filter.setMinimumLevel(Level::Info);
        model.append(lines(10, 2, Level::Info, QStringLiteral("create dave")));
        model.append(lines(10, 2, Level::Info, QStringLiteral("update erin")));
        QCOMPARE(filter.rowCount(), 7); // new lines are filtered as they arrive
        filter.setSearchText({});
        QCOMPARE(filter.rowCount(), 11);
    }

    void theDroppedNoticeIsNeverFilteredOut()
    {
        SyncLogModel model;
        model.setCapacity(5);
        SyncLogFilterModel filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.append(lines(0, 8, Level::Debug));
        QCOMPARE(filter.rowCount(), 1);
        QVERIFY(filter.index(0, 0).data(SyncLogModel::IsNoticeRole).toBool());
        filter.setSearchText(QStringLiteral("nothing matches this"));
        QCOMPARE(filter.rowCount(), 1);
        model.append(lines(8, 3, Level::Error));
        QCOMPARE(filter.rowCount(), 1);
        filter.setSearchText({});
        QCOMPARE(filter.rowCount(), 4);
        QVERIFY(filter.index(0, 0).data().toString().contains(QStringLiteral("not shown: 6")));
    }

    void viewCopiesTheSelectedLinesInLogOrder()
    {
        SyncLogView view;
        view.resize(700, 300);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.append(lines(0, 10));
        QVERIFY(!view.copyButton()->isEnabled());
        QListView *list = view.listView();
        list->selectionModel()->select(list->model()->index(7, 0), QItemSelectionModel::Select);
        list->selectionModel()->select(list->model()->index(2, 0), QItemSelectionModel::Select);
        QVERIFY(view.copyButton()->isEnabled());
        QTest::mouseClick(view.copyButton(), Qt::LeftButton);
        const QStringList copied = QApplication::clipboard()->text().split(QLatin1Char('\n'));
        QCOMPARE(copied.size(), 2);
        QVERIFY(copied.at(0).endsWith(QStringLiteral("line 2")));
        QVERIFY(copied.at(1).endsWith(QStringLiteral("line 7")));
    }

    void viewHidesDebugUntilAskedAndSearches()
    {
        SyncLogView view;
        view.append(lines(0, 5, Level::Debug, QStringLiteral("POST /scim2/Users")));
        view.append(lines(0, 5, Level::Info, QStringLiteral("Create user")));
        QCOMPARE(view.listView()->model()->rowCount(), 5);
        view.levelCombo()->setCurrentIndex(view.levelCombo()->findData(int(Level::Debug)));
        QCOMPARE(view.listView()->model()->rowCount(), 10);
        QTest::keyClicks(view.searchField(), QStringLiteral("scim2"));
        QCOMPARE(view.listView()->model()->rowCount(), 5);
    }

    void saveWritesEveryKeptLineThroughTheFileDialog()
    {
        QTemporaryDir dir;
        SyncLogView view;
        view.model()->setCapacity(50);
        view.show();
        view.append(lines(0, 60, Level::Debug, QStringLiteral("debug")));
        view.append(lines(0, 20, Level::Info, QStringLiteral("info")));
        QSignalSpy saved(&view, &SyncLogView::saved);
        QTest::mouseClick(view.saveButton(), Qt::LeftButton);
        QFileDialog *dialog = nullptr;
        QVERIFY(QTest::qWaitFor([&] { return (dialog = visibleFileDialog()) != nullptr; }));
        QVERIFY(dialog->isModal()); // opened with open(): window-modal, no nested loop here
        const QString path = dir.filePath(QStringLiteral("run.log"));
        dialog->selectFile(path);
        static_cast<QDialog *>(dialog)->accept(); // QFileDialog::accept, through the public slot
        QVERIFY(saved.wait(2000) || saved.size() == 1);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QStringList fileLines
            = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(fileLines.size(), 51); // the notice + 50 kept lines, debug included
        QVERIFY(fileLines.first().contains(QStringLiteral("not shown: 30")));
        QVERIFY(fileLines.at(1).endsWith(QStringLiteral("debug 30")));
        QVERIFY(fileLines.last().endsWith(QStringLiteral("info 19")));
    }

    void autoScrollFollowsUntilTheUserScrollsUp()
    {
        SyncLogView view;
        view.resize(600, 250);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QScrollBar *bar = view.listView()->verticalScrollBar();
        view.append(lines(0, 300));
        QCoreApplication::processEvents();
        QVERIFY(bar->maximum() > 0);
        QCOMPARE(bar->value(), bar->maximum());
        QVERIFY(view.isFollowing());

        bar->setValue(bar->maximum() / 2); // the user scrolls up to read
        QVERIFY(!view.isFollowing());
        const int reading = bar->value();
        view.append(lines(300, 100));
        QCoreApplication::processEvents();
        QCOMPARE(bar->value(), reading);
        QVERIFY(bar->maximum() > reading);

        bar->setValue(bar->maximum()); // back at the bottom: follow again
        QVERIFY(view.isFollowing());
        view.append(lines(400, 100));
        QCoreApplication::processEvents();
        QCOMPARE(bar->value(), bar->maximum());
    }

    void tenThousandLinesStayCheapToAppend()
    {
        SyncLogView view;
        view.resize(800, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.levelCombo()->setCurrentIndex(view.levelCombo()->findData(int(Level::Debug)));
        QElapsedTimer clock;
        qint64 worst = 0;
        // 25,000 lines in the worker's batch size: past the 20,000 bound, so evictions are timed too.
        for (int i = 0; i < 25000; i += 250) {
            clock.start();
            view.append(lines(i, 250));
            QCoreApplication::processEvents(); // layout and paint, as between two real batches
            worst = qMax(worst, clock.elapsed());
        }
        qInfo("slowest batch of 250 lines (append + layout + paint): %lld ms", worst);
        QCOMPARE(view.model()->lineCount(), 20000);
        QVERIFY2(worst < 200, qPrintable(QStringLiteral("a batch took %1 ms").arg(worst)));
    }
};

QTEST_MAIN(TestSyncLog)
#include "TestSyncLog.moc"
