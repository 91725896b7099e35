#include "UserFilterEditor.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace pd {

namespace {
constexpr FilterCondition::Operator Operators[] = {
    FilterCondition::Operator::Equals,
    FilterCondition::Operator::NotEquals,
    FilterCondition::Operator::Contains,
    FilterCondition::Operator::StartsWith,
    FilterCondition::Operator::EndsWith,
    FilterCondition::Operator::Present,
    FilterCondition::Operator::Absent,
};
} // namespace

UserFilterEditor::UserFilterEditor(QWidget *parent)
    : QWidget(parent)
    , m_match(new QComboBox(this))
    , m_rowsLayout(new QVBoxLayout)
    , m_summary(new QLabel(this))
{
    m_match->addItems({tr("All of these conditions (and)"), tr("Any of these conditions (or)")});
    m_match->setAccessibleName(tr("Match"));
    connect(m_match, &QComboBox::currentIndexChanged, this, [this] {
        updateSummary();
        emit changed();
    });
    auto *intro
        = new QLabel(tr("Only people who match the filter are provisioned. With no condition, everyone in "
                        "the source is. Comparisons ignore case; on multi-valued attributes any value "
                        "counts. @disabled and @key can be used as attributes too."),
            this);
    intro->setWordWrap(true);
    auto *matchRow = new QHBoxLayout;
    auto *matchLabel = new QLabel(tr("Provision people who &match"), this);
    matchLabel->setBuddy(m_match);
    matchRow->addWidget(matchLabel);
    matchRow->addWidget(m_match);
    matchRow->addStretch();
    auto *add = new QPushButton(tr("&Add condition"), this);
    connect(add, &QPushButton::clicked, this, [this] { addCondition(); });
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(matchRow);
    layout->addLayout(m_rowsLayout);
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(add);
    addRow->addStretch();
    layout->addLayout(addRow);
    layout->addWidget(m_summary);
    layout->addStretch();
    updateSummary();
}

int UserFilterEditor::addCondition(const FilterCondition &condition)
{
    Row row;
    row.box = new QWidget(this);
    auto *h = new QHBoxLayout(row.box);
    h->setContentsMargins(0, 0, 0, 0);
    row.attribute = new QComboBox(row.box);
    row.attribute->setEditable(true);
    row.attribute->setInsertPolicy(QComboBox::NoInsert);
    row.attribute->addItems(QStringList {QString()} + m_attributes);
    row.attribute->setEditText(condition.attribute);
    row.attribute->setMinimumContentsLength(16);
    row.attribute->setAccessibleName(tr("Attribute"));
    row.op = new QComboBox(row.box);
    for (const FilterCondition::Operator op : Operators)
        row.op->addItem(FilterCondition::operatorLabel(op), int(op));
    row.op->setCurrentIndex(row.op->findData(int(condition.op)));
    row.op->setAccessibleName(tr("Operator"));
    row.value = new QLineEdit(condition.value, row.box);
    row.value->setAccessibleName(tr("Value"));
    row.value->setPlaceholderText(tr("value"));
    auto *remove = new QToolButton(row.box);
    remove->setText(tr("Remove"));
    remove->setAccessibleName(tr("Remove condition"));
    h->addWidget(row.attribute, 2);
    h->addWidget(row.op, 1);
    h->addWidget(row.value, 2);
    h->addWidget(remove);
    const auto syncValue = [value = row.value, op = row.op] {
        const auto o = FilterCondition::Operator(op->currentData().toInt());
        value->setEnabled(o != FilterCondition::Operator::Present && o != FilterCondition::Operator::Absent);
    };
    syncValue();
    const auto edited = [this] {
        updateSummary();
        emit changed();
    };
    connect(row.op, &QComboBox::currentIndexChanged, this, [syncValue, edited] {
        syncValue();
        edited();
    });
    connect(row.attribute, &QComboBox::currentTextChanged, this, edited);
    connect(row.value, &QLineEdit::textChanged, this, edited);
    QWidget *box = row.box;
    connect(remove, &QToolButton::clicked, this, [this, box] {
        removeRow(box);
        emit changed();
    });
    m_rowsLayout->addWidget(row.box);
    m_rows.append(row);
    updateSummary();
    if (!m_loading)
        emit changed();
    return int(m_rows.size()) - 1;
}

void UserFilterEditor::removeRow(QWidget *box)
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).box == box) {
            m_rows.removeAt(i);
            box->deleteLater();
            break;
        }
    }
    updateSummary();
}

UserFilter UserFilterEditor::filter() const
{
    UserFilter f;
    f.match = m_match->currentIndex() == 1 ? UserFilter::Match::Any : UserFilter::Match::All;
    for (const Row &row : m_rows) {
        FilterCondition c;
        c.attribute = row.attribute->currentText().trimmed();
        c.op = FilterCondition::Operator(row.op->currentData().toInt());
        if (c.op != FilterCondition::Operator::Present && c.op != FilterCondition::Operator::Absent)
            c.value = row.value->text();
        f.conditions.append(c);
    }
    f.groups = m_groups;
    return f;
}

void UserFilterEditor::setFilter(const UserFilter &filter)
{
    for (const Row &row : std::as_const(m_rows))
        row.box->deleteLater();
    m_rows.clear();
    m_loading = true;
    m_match->setCurrentIndex(filter.match == UserFilter::Match::Any ? 1 : 0);
    for (const FilterCondition &c : filter.conditions)
        addCondition(c);
    m_loading = false;
    m_groups = filter.groups;
    updateSummary();
}

void UserFilterEditor::setSourceAttributes(const QStringList &attributes)
{
    m_attributes = attributes;
    m_attributes << QStringLiteral("@disabled") << QStringLiteral("@key");
    for (const Row &row : std::as_const(m_rows)) {
        const QString text = row.attribute->currentText();
        const QSignalBlocker blocker(row.attribute);
        row.attribute->clear();
        row.attribute->addItems(QStringList {QString()} + m_attributes);
        row.attribute->setEditText(text);
    }
}

QString UserFilterEditor::problem() const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).attribute->currentText().trimmed().isEmpty())
            return tr("Condition %1 names no attribute.").arg(i + 1);
    }
    return {};
}

void UserFilterEditor::updateSummary()
{
    const UserFilter f = filter();
    QString text = f.isEmpty() ? tr("Everyone in the source is in scope.")
                               : tr("In scope: people whose %1.").arg(f.describe());
    if (!m_groups.isEmpty())
        text += QLatin1Char('\n')
            + tr("This filter also has %n nested group(s) from the connection file; they are kept as they "
                 "are.",
                nullptr, int(m_groups.size()));
    m_summary->setText(text);
}

} // namespace pd
