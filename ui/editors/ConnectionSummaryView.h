#pragma once

#include "Connection.h"

#include <QHash>
#include <QWidget>

class QLabel;

namespace pd {

class FormGrid;

// A connection's settings as a read-only form: the wizard's Save step and the Provisioning
// window's details panel show the same rows in the same words.
class ConnectionSummaryView : public QWidget
{
    Q_OBJECT
public:
    enum class Rows { All, WithoutNameAndDescription };

    explicit ConnectionSummaryView(Rows rows, QWidget *parent = nullptr);
    // secretNote says where the Client Secret is ("Stored in the system keychain"); never the secret.
    void setConnection(const Connection &connection, const QString &secretNote);
    // The text shown for a row, by its key ("name", "scimUrl", "actions", "test", ...); for tests.
    QString value(const QString &key) const;

private:
    void addRow(const QString &key, const QString &label);
    void setValue(const QString &key, const QString &text);

    Rows m_rows;
    FormGrid *m_form;
    QHash<QString, QLabel *> m_values;
};

} // namespace pd
