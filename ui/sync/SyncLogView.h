#pragma once

#include "SyncLogLine.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;

namespace pd {

class SyncLogFilterModel;
class SyncLogModel;

// The live log pane: the bounded log model behind a level filter and a search field, Copy of the
// selected lines, Save to file, and auto-scroll that follows new lines until the user scrolls up
// (and resumes once they scroll back to the bottom).
class SyncLogView : public QWidget
{
    Q_OBJECT
public:
    explicit SyncLogView(QWidget *parent = nullptr);

    SyncLogModel *model() const { return m_model; }
    SyncLogFilterModel *filterModel() const { return m_filter; }
    QListView *listView() const { return m_view; }
    QComboBox *levelCombo() const { return m_level; }
    QLineEdit *searchField() const { return m_search; }
    QPushButton *copyButton() const { return m_copy; }
    QPushButton *saveButton() const { return m_save; }

    void append(const QList<SyncLogLine> &lines);
    void clear();
    // True while new lines scroll the view to the bottom.
    bool isFollowing() const { return m_following; }
    void setMinimumLevel(SyncLogLine::Level level);
    // The selected lines (in log order), one a line, as Copy puts them on the clipboard.
    QString selectedText() const;
    // Every line the log keeps (all levels, whatever the filter), with the dropped-lines notice.
    QString allText() const;
    bool saveTo(const QString &path, QString *error = nullptr);

public slots:
    void copySelection();
    // Asks for a file (QFileDialog opened with open()) and saves allText() there.
    void saveToFile();

signals:
    void saved(const QString &path);
    void saveFailed(const QString &message);

private:
    void updateCounts();
    void updateButtons();

    SyncLogModel *m_model;
    SyncLogFilterModel *m_filter;
    QComboBox *m_level;
    QLineEdit *m_search;
    QPushButton *m_copy;
    QPushButton *m_save;
    QLabel *m_counts;
    QListView *m_view;
    bool m_following = true;
};

} // namespace pd
