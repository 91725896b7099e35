#include "MappingEditor.h"

#include "Style.h"

#include "FieldErrorLabel.h"
#include "MessageBanner.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace pd {

namespace {

enum KindIndex { NotMapped, FromAttribute, Constant, FromExpression };

MappingSource::Kind kindAt(int index)
{
    switch (index) {
    case FromAttribute:
        return MappingSource::Kind::Attribute;
    case Constant:
        return MappingSource::Kind::Constant;
    case FromExpression:
        return MappingSource::Kind::Expression;
    default:
        return MappingSource::Kind::Unmapped;
    }
}

int indexOf(MappingSource::Kind kind)
{
    switch (kind) {
    case MappingSource::Kind::Attribute:
        return FromAttribute;
    case MappingSource::Kind::Constant:
        return Constant;
    case MappingSource::Kind::Expression:
        return FromExpression;
    case MappingSource::Kind::Unmapped:
        break;
    }
    return NotMapped;
}

} // namespace

MappingEditor::MappingEditor(QWidget *parent)
    : QWidget(parent)
    , m_banner(new MessageBanner(this))
    , m_countryCode(new QLineEdit(this))
{
    auto *intro
        = new QLabel(tr("For each Zoom attribute, choose where its value comes from. Attributes that are "
                        "not mapped are never sent. Expressions: lower(mail), trim(givenName) + ' ' + sn, "
                        "default(department, 'Staff'), map(license, 'Pro' => 'Licensed', else => 'Basic')."),
            this);
    intro->setWordWrap(true);

    auto *grid = new QGridLayout;
    grid->setColumnStretch(2, 1);
    grid->setHorizontalSpacing(10);
    grid->addWidget(new QLabel(tr("<b>Zoom attribute</b>"), this), 0, 0);
    grid->addWidget(new QLabel(tr("<b>From</b>"), this), 0, 1);
    grid->addWidget(new QLabel(tr("<b>Source attribute, value or expression</b>"), this), 0, 2);
    int gridRow = 1;
    for (const ZoomAttributeInfo &info : ZoomAttributes::all()) {
        Row row;
        auto *label
            = new QLabel(info.required ? tr("%1 *").arg(info.displayLabel()) : info.displayLabel(), this);
        label->setToolTip(tr("%1\nSCIM: %2").arg(info.description(), QLatin1String(info.scimPath)));
        row.kind = new QComboBox(this);
        row.kind->addItems({tr("Not mapped"), tr("Attribute"), tr("Constant"), tr("Expression")});
        row.kind->setAccessibleName(tr("%1 comes from").arg(info.displayLabel()));
        row.value = new QComboBox(this);
        row.value->setEditable(true);
        row.value->setInsertPolicy(QComboBox::NoInsert);
        row.value->setMinimumContentsLength(28);
        row.value->setAccessibleName(tr("%1 source").arg(info.displayLabel()));
        row.error = new FieldErrorLabel(row.value, this);
        row.warning = new QLabel(this);
        row.warning->setWordWrap(true);
        QPalette pal = row.warning->palette();
        pal.setColor(QPalette::WindowText, Style::warningText());
        row.warning->setPalette(pal);
        row.warning->hide();
        label->setBuddy(row.kind);
        label->setMinimumHeight(row.kind->sizeHint().height());
        auto *valueColumn = new QVBoxLayout;
        valueColumn->setSpacing(2);
        valueColumn->addWidget(row.value);
        valueColumn->addWidget(row.error);
        valueColumn->addWidget(row.warning);
        grid->addWidget(label, gridRow, 0, Qt::AlignTop);
        grid->addWidget(row.kind, gridRow, 1, Qt::AlignTop);
        grid->addLayout(valueColumn, gridRow, 2);
        ++gridRow;
        const ZoomAttribute attribute = info.attribute;
        connect(row.kind, &QComboBox::currentIndexChanged, this, [this, attribute] {
            fillValueChoices(attribute);
            recheck();
        });
        connect(row.value, &QComboBox::currentTextChanged, this, [this] { recheck(); });
        m_rows.append(row);
    }

    grid->setRowStretch(gridRow, 1);
    auto *table = new QWidget(this);
    table->setLayout(grid);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(table);

    m_countryCode->setPlaceholderText(tr("e.g. 1"));
    m_countryCode->setMaximumWidth(80);
    m_countryCode->setAccessibleName(tr("Default country code for phone numbers"));
    connect(m_countryCode, &QLineEdit::textChanged, this, [this] { recheck(); });
    auto *defaults = new QPushButton(tr("Use defaults for this source"), this);
    connect(defaults, &QPushButton::clicked, this, [this] {
        const QString code = m_countryCode->text();
        setMapping(m_defaults);
        m_countryCode->setText(code);
        emit changed();
    });
    auto *options = new QHBoxLayout;
    auto *countryLabel = new QLabel(tr("Default &country code for phones without +:"), this);
    countryLabel->setBuddy(m_countryCode);
    options->addWidget(countryLabel);
    options->addWidget(m_countryCode);
    options->addStretch();
    options->addWidget(defaults);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_banner);
    layout->addWidget(scroll, 1);
    layout->addLayout(options);
    m_banner->hideMessage();
    setMapping(AttributeMapping::defaultsForCsv());
}

void MappingEditor::fillValueChoices(ZoomAttribute attribute)
{
    Row &row = m_rows[int(attribute)];
    const QString text = row.value->currentText();
    const bool wasLoading = m_loading;
    m_loading = true;
    row.value->clear();
    const int kind = row.kind->currentIndex();
    row.value->setEnabled(kind != NotMapped);
    if (kind == FromAttribute) {
        QStringList choices = m_sourceAttributes;
        choices.prepend(QString());
        row.value->addItems(choices);
        row.value->setPlaceholderText(tr("source attribute"));
    } else if (kind == Constant) {
        if (attribute == ZoomAttribute::UserType)
            row.value->addItems(
                {QStringLiteral("Basic"), QStringLiteral("Licensed"), QStringLiteral("On-Prem")});
        else if (attribute == ZoomAttribute::Active)
            row.value->addItems({QStringLiteral("true"), QStringLiteral("false")});
        row.value->setPlaceholderText(tr("value"));
    } else if (kind == FromExpression) {
        row.value->setPlaceholderText(tr("expression, e.g. lower(mail)"));
    }
    row.value->setEditText(kind == NotMapped ? QString() : text);
    m_loading = wasLoading;
}

AttributeMapping MappingEditor::mapping() const
{
    AttributeMapping m;
    for (const ZoomAttributeInfo &info : ZoomAttributes::all()) {
        const Row &row = m_rows.at(int(info.attribute));
        const MappingSource::Kind kind = kindAt(row.kind->currentIndex());
        if (kind != MappingSource::Kind::Unmapped)
            m.set(info.attribute, {kind, row.value->currentText()});
    }
    m.setDefaultCountryCode(m_countryCode->text());
    return m;
}

void MappingEditor::setMapping(const AttributeMapping &mapping)
{
    m_loading = true;
    for (const ZoomAttributeInfo &info : ZoomAttributes::all()) {
        Row &row = m_rows[int(info.attribute)];
        const MappingSource s = mapping.source(info.attribute);
        row.kind->setCurrentIndex(indexOf(s.kind));
        fillValueChoices(info.attribute);
        row.value->setEditText(s.text);
    }
    m_countryCode->setText(mapping.defaultCountryCode());
    m_loading = false;
    recheck();
}

void MappingEditor::setSourceAttributes(const QStringList &attributes)
{
    m_sourceAttributes = attributes;
    m_loading = true;
    for (const ZoomAttributeInfo &info : ZoomAttributes::all()) {
        if (m_rows.at(int(info.attribute)).kind->currentIndex() == FromAttribute)
            fillValueChoices(info.attribute);
    }
    m_loading = false;
    recheck();
}

void MappingEditor::recheck()
{
    if (m_loading)
        return;
    const AttributeMapping m = mapping();
    const QList<MappingProblem> problems = m.check(m_sourceAttributes);
    for (const ZoomAttributeInfo &info : ZoomAttributes::all()) {
        Row &row = m_rows[int(info.attribute)];
        QString error;
        QString warning;
        for (const MappingProblem &p : problems) {
            if (p.attribute != QLatin1String(info.key))
                continue;
            if (p.isError() && error.isEmpty())
                error = p.message;
            // The Username/Email warning has the banner.
            else if (!p.isError() && warning.isEmpty()
                && !(info.attribute == ZoomAttribute::Email && m.userNameAndEmailDiffer()))
                warning = p.message;
        }
        row.error->setError(error);
        row.warning->setText(warning);
        row.warning->setVisible(!warning.isEmpty());
    }
    if (m.userNameAndEmailDiffer())
        m_banner->showMessage(MessageBanner::Type::Warning, AttributeMapping::userNameEmailWarning());
    else
        m_banner->hideMessage();
    emit changed();
}

bool MappingEditor::hasErrors() const
{
    for (const Row &row : m_rows) {
        if (row.error->hasError())
            return true;
    }
    return false;
}

QString MappingEditor::errorFor(ZoomAttribute attribute) const
{
    return m_rows.at(int(attribute)).error->error();
}

QString MappingEditor::warningFor(ZoomAttribute attribute) const
{
    return m_rows.at(int(attribute)).warning->text();
}

bool MappingEditor::isUserNameEmailWarningShown() const
{
    return !m_banner->isHidden() && m_banner->type() == MessageBanner::Type::Warning;
}

} // namespace pd
