#include "SyncPlanView.h"

#include "AttributeChange.h"
#include "SyncPlanModel.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace pd {

SyncPlanView::SyncPlanView(QWidget *parent)
    : QWidget(parent)
    , m_forecast(new QLabel(this))
    , m_title(new QLabel(this))
    , m_search(new QLineEdit(this))
    , m_exportCsv(new QPushButton(tr("Export &CSV…"), this))
    , m_exportJson(new QPushButton(tr("Export &JSON…"), this))
    , m_model(new SyncPlanModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_table(new QTableView(this))
{
    setObjectName(QStringLiteral("syncPlanView"));
    m_forecast->setObjectName(QStringLiteral("syncPlanForecast"));
    m_forecast->setAccessibleName(tr("Pre-flight forecast"));
    m_forecast->setTextFormat(Qt::RichText);
    m_forecast->setWordWrap(true);
    m_forecast->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_forecast->setFrameShape(QFrame::StyledPanel);
    m_forecast->setContentsMargins(8, 6, 8, 6);
    m_title->setObjectName(QStringLiteral("syncPlanTitle"));
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    auto *searchLabel = new QLabel(tr("&Find:"), this);
    searchLabel->setBuddy(m_search);
    m_search->setObjectName(QStringLiteral("syncPlanSearch"));
    m_search->setAccessibleName(tr("Find in the plan"));
    m_search->setPlaceholderText(tr("User, operation, reason or attribute"));
    m_search->setClearButtonEnabled(true);
    m_exportCsv->setObjectName(QStringLiteral("syncPlanExportCsv"));
    m_exportCsv->setAccessibleName(tr("Export the plan as CSV"));
    m_exportJson->setObjectName(QStringLiteral("syncPlanExportJson"));
    m_exportJson->setAccessibleName(tr("Export the plan as JSON"));

    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_table->setObjectName(QStringLiteral("syncPlanTable"));
    m_table->setAccessibleName(tr("Planned operations"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // plan order until a header is clicked
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->setColumnWidth(SyncPlanModel::OperationColumn, 150);
    m_table->setColumnWidth(SyncPlanModel::UserColumn, 220);
    m_table->setColumnWidth(SyncPlanModel::SourceKeyColumn, 100);
    m_table->setColumnWidth(SyncPlanModel::ReasonColumn, 200);

    auto *bar = new QHBoxLayout;
    bar->addWidget(searchLabel);
    bar->addWidget(m_search, 1);
    bar->addWidget(m_exportCsv);
    bar->addWidget(m_exportJson);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6); // inside a tab page
    layout->addWidget(m_forecast);
    layout->addWidget(m_title);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);

    connect(m_search, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_exportCsv, &QPushButton::clicked, this, &SyncPlanView::exportCsv);
    connect(m_exportJson, &QPushButton::clicked, this, &SyncPlanView::exportJson);
    clear();
}

void SyncPlanView::clear()
{
    m_report = SyncReport {};
    m_model->setOperations({});
    m_forecast->clear();
    m_forecast->hide();
    m_title->setText(
        tr("Start a dry run to see what a sync would change, user by user. Nothing is sent to Zoom."));
    m_exportCsv->setEnabled(false);
    m_exportJson->setEnabled(false);
}

void SyncPlanView::setReport(const SyncReport &report)
{
    m_report = report;
    m_model->setOperations(report.plan);
    // Names and operations in full; the header caps it for very long ones (checks 1,000 rows at most).
    for (int column : {int(SyncPlanModel::OperationColumn), int(SyncPlanModel::UserColumn)}) {
        m_table->resizeColumnToContents(column);
        m_table->setColumnWidth(column, qMin(m_table->columnWidth(column) + 8, 360));
    }
    int writes = 0;
    int held = 0;
    for (const PlannedOperation &op : report.plan) {
        writes += op.isWrite() && !op.held ? 1 : 0;
        held += op.held ? 1 : 0;
    }
    QStringList parts {
        tr("changes to send: %1").arg(writes), tr("skipped: %1").arg(report.plan.size() - writes - held)};
    if (held > 0)
        parts << tr("held for approval: %1").arg(held);
    parts << tr("already in sync: %1").arg(report.unchanged);
    const QString title = tr("Dry run — %1. Nothing was sent to Zoom.").arg(parts.join(QStringLiteral(", ")));
    m_title->setText(title);
    if (report.preflight) {
        // Rich text for the heading only: every line is escaped (names come from the directory).
        QStringList lines;
        for (const QString &line : report.preflight->describe())
            lines << line.toHtmlEscaped();
        if (report.preflight->rateAboveZoomLimit)
            lines.last() = QStringLiteral("<b>%1</b>").arg(lines.last());
        m_forecast->setText(
            QStringLiteral("<b>%1</b><br>%2")
                .arg(tr("Pre-flight forecast").toHtmlEscaped(), lines.join(QStringLiteral("<br>"))));
        m_forecast->show();
    } else {
        m_forecast->hide();
    }
    m_exportCsv->setEnabled(true);
    m_exportJson->setEnabled(true);
}

QByteArray SyncPlanView::planToCsv(const SyncReport &report)
{
    return report.planToCsv();
}

bool SyncPlanView::exportTo(const QString &path, Format format, QString *error)
{
    const QByteArray bytes = format == Format::Csv
        ? planToCsv(m_report)
        : QJsonDocument(m_report.planToJson()).toJson(QJsonDocument::Indented);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        const QString message = tr("Cannot export the plan to %1: %2").arg(path, file.errorString());
        if (error)
            *error = message;
        emit exportFailed(message);
        return false;
    }
    emit exported(path);
    return true;
}

void SyncPlanView::exportCsv()
{
    askAndExport(Format::Csv);
}

void SyncPlanView::exportJson()
{
    askAndExport(Format::Json);
}

void SyncPlanView::askAndExport(Format format)
{
    const bool csv = format == Format::Csv;
    auto *dialog = new QFileDialog(this, csv ? tr("Export the plan as CSV") : tr("Export the plan as JSON"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        csv ? tr("CSV files (*.csv)") : tr("JSON files (*.json)"));
    dialog->setObjectName(QStringLiteral("syncPlanExportDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(csv ? QStringLiteral("csv") : QStringLiteral("json"));
    dialog->selectFile(csv ? QStringLiteral("sync-plan.csv") : QStringLiteral("sync-plan.json"));
    connect(dialog, &QFileDialog::fileSelected, this,
        [this, format](const QString &path) { exportTo(path, format); });
    dialog->open();
}

} // namespace pd
