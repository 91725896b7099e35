#pragma once

#include "SyncReport.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace pd {

class SyncPlanModel;

// A dry run's plan in a table (operation, user, source key, reason, changes "attribute: old →
// new"), searchable and sortable, with Export CSV (planToCsv) / Export JSON (SyncReport::planToJson).
class SyncPlanView : public QWidget
{
    Q_OBJECT
public:
    enum class Format { Csv, Json };

    explicit SyncPlanView(QWidget *parent = nullptr);

    void setReport(const SyncReport &report);
    void clear();
    SyncPlanModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QPushButton *exportCsvButton() const { return m_exportCsv; }
    QPushButton *exportJsonButton() const { return m_exportJson; }
    QLabel *forecastLabel() const { return m_forecast; } // the pre-flight forecast, above the plan
    bool exportTo(const QString &path, Format format, QString *error = nullptr);
    // operation,userName,sourceKey,zoomId,held,reason,changes through CsvCodec: a cell a spreadsheet
    // would run as a formula (=, +, -, @, tab, CR first) gets a leading apostrophe, as in history
    // exports. User names and reasons come from the directory, so they are not trusted.
    static QByteArray planToCsv(const SyncReport &report);

public slots:
    // Asks for a file (QFileDialog opened with open()), then writes the plan there.
    void exportCsv();
    void exportJson();

signals:
    void exported(const QString &path);
    void exportFailed(const QString &message);

private:
    void askAndExport(Format format);

    SyncReport m_report;
    QLabel *m_forecast;
    QLabel *m_title;
    QLineEdit *m_search;
    QPushButton *m_exportCsv;
    QPushButton *m_exportJson;
    SyncPlanModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
};

} // namespace pd
