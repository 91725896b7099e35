#pragma once

#include "UserFilter.h"

#include <QList>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QToolButton;
class QVBoxLayout;

namespace pd {

// The rule's user filter: conditions (attribute, operator, value) joined by All or Any. Nested
// groups from a connection file are kept as they are and shown as a note.
class UserFilterEditor : public QWidget
{
    Q_OBJECT
public:
    explicit UserFilterEditor(QWidget *parent = nullptr);

    UserFilter filter() const;
    void setFilter(const UserFilter &filter);
    void setSourceAttributes(const QStringList &attributes);
    // Adds a condition row (also what "Add condition" does); returns its index.
    int addCondition(const FilterCondition &condition = {});
    int conditionCount() const { return int(m_rows.size()); }
    QString problem() const; // the first incomplete condition, for the editor's save()

signals:
    void changed();

private:
    struct Row
    {
        QWidget *box = nullptr;
        QComboBox *attribute = nullptr;
        QComboBox *op = nullptr;
        QLineEdit *value = nullptr;
    };
    void removeRow(QWidget *box);
    void updateSummary();

    QComboBox *m_match;
    QVBoxLayout *m_rowsLayout;
    QLabel *m_summary;
    QList<Row> m_rows;
    QList<UserFilter> m_groups;
    QStringList m_attributes;
    bool m_loading = false;
};

} // namespace pd
