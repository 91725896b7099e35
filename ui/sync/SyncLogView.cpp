#include "SyncLogView.h"

#include "Style.h"
#include "SyncLogFilterModel.h"
#include "SyncLogModel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDateTime>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollBar>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace pd {

using Level = SyncLogLine::Level;

SyncLogView::SyncLogView(QWidget *parent)
    : QWidget(parent)
    , m_model(new SyncLogModel(this))
    , m_filter(new SyncLogFilterModel(this))
    , m_level(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_copy(new QPushButton(tr("&Copy"), this))
    , m_save(new QPushButton(tr("Sa&ve to file…"), this))
    , m_counts(new QLabel(this))
    , m_view(new QListView(this))
{
    setObjectName(QStringLiteral("syncLogView"));
    m_filter->setSourceModel(m_model);

    auto *levelLabel = new QLabel(tr("&Show:"), this);
    levelLabel->setBuddy(m_level);
    m_level->setObjectName(QStringLiteral("syncLogLevel"));
    m_level->setAccessibleName(tr("Log level to show"));
    m_level->addItem(tr("Errors only"), int(Level::Error));
    m_level->addItem(tr("Warnings and errors"), int(Level::Warning));
    m_level->addItem(tr("Information, warnings and errors"), int(Level::Info));
    m_level->addItem(tr("Everything, with debug details"), int(Level::Debug));
    m_level->setCurrentIndex(m_level->findData(int(Level::Info)));

    auto *searchLabel = new QLabel(tr("Se&arch:"), this);
    searchLabel->setBuddy(m_search);
    m_search->setObjectName(QStringLiteral("syncLogSearch"));
    m_search->setAccessibleName(tr("Search the log"));
    m_search->setPlaceholderText(tr("Text in the log, e.g. a user name"));
    m_search->setClearButtonEnabled(true);

    m_copy->setObjectName(QStringLiteral("syncLogCopy"));
    m_copy->setAccessibleName(tr("Copy the selected log lines"));
    m_save->setObjectName(QStringLiteral("syncLogSave"));
    m_save->setAccessibleName(tr("Save the log to a file"));
    m_save->setToolTip(tr("Saves every line the log keeps, at all levels."));
    m_counts->setObjectName(QStringLiteral("syncLogCounts"));
    m_counts->setTextFormat(Qt::PlainText);
    Style::makeMuted(m_counts);

    m_view->setObjectName(QStringLiteral("syncLogList"));
    m_view->setAccessibleName(tr("Sync log"));
    m_view->setModel(m_filter);
    // Thousands of lines a run: one row height for all, no per-row measuring, no wrapping.
    m_view->setUniformItemSizes(true);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    auto *copyAction = new QAction(tr("Copy"), m_view);
    copyAction->setShortcut(QKeySequence::Copy);
    copyAction->setShortcutContext(Qt::WidgetShortcut);
    m_view->addAction(copyAction);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(copyAction, &QAction::triggered, this, &SyncLogView::copySelection);

    auto *bar = new QHBoxLayout;
    bar->addWidget(levelLabel);
    bar->addWidget(m_level);
    bar->addSpacing(8);
    bar->addWidget(searchLabel);
    bar->addWidget(m_search, 1);
    bar->addWidget(m_copy);
    bar->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6); // inside a tab page
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_counts);

    connect(m_level, &QComboBox::currentIndexChanged, this,
        [this] { m_filter->setMinimumLevel(Level(m_level->currentData().toInt())); });
    connect(m_search, &QLineEdit::textChanged, m_filter, &SyncLogFilterModel::setSearchText);
    connect(m_copy, &QPushButton::clicked, this, &SyncLogView::copySelection);
    connect(m_save, &QPushButton::clicked, this, &SyncLogView::saveToFile);
    connect(m_view->verticalScrollBar(), &QScrollBar::valueChanged, this, [this](int value) {
        // The user scrolled up: stop following; back at the bottom: follow again.
        m_following = value >= m_view->verticalScrollBar()->maximum();
    });
    // New lines, a filter change or a smaller pane all change the range: stay at the bottom if following.
    connect(m_view->verticalScrollBar(), &QScrollBar::rangeChanged, this, [this](int, int max) {
        if (m_following)
            m_view->verticalScrollBar()->setValue(max);
    });
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_following)
            m_view->scrollToBottom();
        updateCounts();
    });
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, [this] { updateCounts(); });
    connect(m_filter, &QAbstractItemModel::modelReset, this, [this] {
        updateCounts();
        updateButtons();
    });
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, [this] {
        if (m_following)
            m_view->scrollToBottom();
        updateCounts();
    });
    connect(
        m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] { updateButtons(); });
    updateCounts();
    updateButtons();
}

void SyncLogView::append(const QList<SyncLogLine> &lines)
{
    m_model->append(lines); // the filter's signals update the counts
    updateButtons();
}

void SyncLogView::clear()
{
    m_model->clear();
    m_following = true;
    updateCounts();
    updateButtons();
}

void SyncLogView::setMinimumLevel(SyncLogLine::Level level)
{
    m_level->setCurrentIndex(m_level->findData(int(level)));
}

void SyncLogView::updateCounts()
{
    const qint64 errors = m_model->receivedCount(Level::Error);
    const qint64 warnings = m_model->receivedCount(Level::Warning);
    const int shown = m_filter->rowCount() - (m_model->hasNotice() ? 1 : 0);
    QString text = tr("Showing %1 of %2 lines").arg(shown).arg(m_model->lineCount());
    if (m_model->droppedCount() > 0)
        text += QStringLiteral("  ·  ") + tr("dropped: %1").arg(m_model->droppedCount());
    text += QStringLiteral("  ·  ") + tr("warnings: %1").arg(warnings) + QStringLiteral("  ·  ")
        + tr("errors: %1").arg(errors);
    m_counts->setText(text);
}

void SyncLogView::updateButtons()
{
    m_copy->setEnabled(m_view->selectionModel()->hasSelection());
    m_save->setEnabled(m_model->lineCount() > 0);
}

QString SyncLogView::selectedText() const
{
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
        [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QStringList lines;
    lines.reserve(rows.size());
    for (const QModelIndex &i : std::as_const(rows))
        lines << i.data(Qt::DisplayRole).toString();
    return lines.join(QLatin1Char('\n'));
}

QString SyncLogView::allText() const
{
    QString text;
    if (m_model->hasNotice())
        text += m_model->noticeText() + QLatin1Char('\n');
    for (int i = 0; i < m_model->lineCount(); ++i)
        text += SyncLogModel::format(m_model->line(i)) + QLatin1Char('\n');
    return text;
}

void SyncLogView::copySelection()
{
    const QString text = selectedText();
    if (!text.isEmpty())
        QApplication::clipboard()->setText(text);
}

bool SyncLogView::saveTo(const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text) || file.write(allText().toUtf8()) < 0
        || !file.commit()) {
        const QString message = tr("Cannot save the log to %1: %2").arg(path, file.errorString());
        if (error)
            *error = message;
        emit saveFailed(message);
        return false;
    }
    emit saved(path);
    return true;
}

void SyncLogView::saveToFile()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    auto *dialog = new QFileDialog(
        this, tr("Save the sync log"), dir, tr("Log files (*.log);;Text files (*.txt);;All files (*)"));
    dialog->setObjectName(QStringLiteral("syncLogSaveDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("log"));
    dialog->selectFile(QStringLiteral("sync-%1.log")
                           .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"))));
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) { saveTo(path); });
    dialog->open();
}

} // namespace pd
