#include "appraisal/schemedialog.h"

#include "appraisal/schemerules.h"
#include "appraisal/schemestore.h"
#include "dialogs/dialogparts.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

namespace youfu::ui {

namespace {
using core::SchemeKind;
using core::SchemeRules;

enum Column
{
    IndicatorColumn,
    WeightColumn,
    TargetColumn,
    DaysColumn
};

int tenths(double value)
{
    return int(std::lround(value * 10.0));
}

QDoubleSpinBox* pointsBox(QWidget* parent, const char* name, double max)
{
    auto* b = new QDoubleSpinBox(parent);
    b->setObjectName(QLatin1String(name));
    b->setDecimals(1);
    b->setRange(0.0, max);
    b->setSingleStep(1.0);
    return b;
}

QString defaultTitle(int year, SchemeKind kind)
{
    return kind == SchemeKind::Staff
               ? SchemeDialog::tr("Post appraisal scheme of the special-care staff for %1")
                     .arg(year)
               : SchemeDialog::tr("Special-care work target appraisal scheme for %1").arg(year);
}
} // namespace

SchemeDialog::SchemeDialog(Session& session, const core::AppraisalScheme& scheme, QWidget* parent)
    : QDialog(parent), m_session(session), m_scheme(scheme), m_new(scheme.id <= 0)
{
    setObjectName(QStringLiteral("schemeDialog"));
    setWindowTitle(m_new ? tr("New appraisal scheme") : tr("Edit appraisal scheme"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(makeDialogHeader(
        windowTitle(),
        tr("Entered by the section chief, approved by the director; once approved the scheme "
           "is frozen."),
        this));
    auto* form = new QFormLayout;
    auto* which = new QHBoxLayout;
    m_year = new QSpinBox(this);
    m_year->setObjectName(QStringLiteral("schemeYear"));
    m_year->setRange(2000, 2100);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("schemeKind"));
    for (SchemeKind k : {SchemeKind::Unit, SchemeKind::Staff})
        m_kind->addItem(SchemeRules::kindTitle(k), int(k));
    auto* kindLabel = new QLabel(tr("&Kind:"), this);
    kindLabel->setBuddy(m_kind);
    which->addWidget(m_year);
    which->addWidget(kindLabel);
    which->addWidget(m_kind, 1);
    auto* yearLabel = new QLabel(tr("&Year:"), this);
    yearLabel->setBuddy(m_year);
    form->addRow(yearLabel, which);
    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("schemeTitle"));
    m_title->setMaxLength(100);
    form->addRow(tr("&Title:"), m_title);
    m_basis = new QLineEdit(this);
    m_basis->setObjectName(QStringLiteral("schemeBasis"));
    m_basis->setMaxLength(200);
    m_basis->setPlaceholderText(tr("number and title of the document the scheme rests on"));
    form->addRow(tr("&Basis document:"), m_basis);

    auto* thresholds = new QHBoxLayout;
    m_excellent = pointsBox(this, "schemeExcellent", 100.0);
    m_good = pointsBox(this, "schemeGood", 100.0);
    m_pass = pointsBox(this, "schemePass", 100.0);
    auto* excellentLabel = new QLabel(tr("E&xcellent from"), this);
    excellentLabel->setBuddy(m_excellent);
    m_goodLabel = new QLabel(this);
    m_goodLabel->setBuddy(m_good);
    m_passLabel = new QLabel(this);
    m_passLabel->setBuddy(m_pass);
    thresholds->addWidget(excellentLabel);
    thresholds->addWidget(m_excellent);
    thresholds->addWidget(m_goodLabel);
    thresholds->addWidget(m_good);
    thresholds->addWidget(m_passLabel);
    thresholds->addWidget(m_pass);
    thresholds->addStretch(1);
    form->addRow(tr("Grades (points):"), thresholds);

    m_vetoes = new QWidget(this);
    auto* vetoes = new QHBoxLayout(m_vetoes);
    vetoes->setContentsMargins(0, 0, 0, 0);
    m_vetoGroup = new QCheckBox(tr("&Group petition"), m_vetoes);
    m_vetoGroup->setObjectName(QStringLiteral("schemeVetoGroup"));
    m_vetoBeyond = new QCheckBox(tr("Beyond-&level petition"), m_vetoes);
    m_vetoBeyond->setObjectName(QStringLiteral("schemeVetoBeyond"));
    m_vetoSerious = new QCheckBox(tr("Case of &serious effect (marked by the director)"), m_vetoes);
    m_vetoSerious->setObjectName(QStringLiteral("schemeVetoSerious"));
    vetoes->addWidget(m_vetoGroup);
    vetoes->addWidget(m_vetoBeyond);
    vetoes->addWidget(m_vetoSerious);
    vetoes->addStretch(1);
    form->addRow(tr("One-vote veto:"), m_vetoes);
    layout->addLayout(form);

    m_table = new QTableWidget(0, 4, this);
    m_table->setObjectName(QStringLiteral("schemeIndicators"));
    m_table->setHorizontalHeaderLabels(
        {tr("Indicator"), tr("Weight (points)"), tr("Target"), tr("Period (days)")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->horizontalHeader()->setSectionResizeMode(IndicatorColumn, QHeaderView::Stretch);
    auto* indicatorsLabel = new QLabel(tr("&Indicators:"), this);
    indicatorsLabel->setBuddy(m_table);
    layout->addWidget(indicatorsLabel);
    layout->addWidget(m_table, 1);
    m_sum = new QLabel(this);
    m_sum->setObjectName(QStringLiteral("schemeWeightSum"));
    layout->addWidget(m_sum);
    m_error = makeErrorLabel(this);
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Save draft"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SchemeDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SchemeDialog::reject);
    layout->addWidget(buttons);

    if (m_new) {
        m_scheme.excellentAt = 900;
        m_scheme.goodAt = m_scheme.kind == SchemeKind::Staff ? 700 : 800;
        m_scheme.passAt = 600;
        if (m_scheme.title.isEmpty())
            m_scheme.title = defaultTitle(m_scheme.year, m_scheme.kind);
        if (m_scheme.indicators.isEmpty())
            m_scheme.indicators = SchemeRules::defaultIndicators(m_scheme.kind);
    }
    showScheme(m_scheme);
    m_year->setEnabled(m_new);
    m_kind->setEnabled(m_new);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &SchemeDialog::kindChanged);
    connect(m_year, &QSpinBox::valueChanged, this, &SchemeDialog::yearChanged);
    resize(760, 620);
    m_title->setFocus();
}

void SchemeDialog::showScheme(const core::AppraisalScheme& s)
{
    const QSignalBlocker blockKind(m_kind);
    const QSignalBlocker blockYear(m_year);
    m_year->setValue(s.year);
    m_kind->setCurrentIndex(m_kind->findData(int(s.kind)));
    m_title->setText(s.title);
    m_basis->setText(s.basis);
    m_excellent->setValue(s.excellentAt / 10.0);
    m_good->setValue(s.goodAt / 10.0);
    m_pass->setValue(s.passAt / 10.0);
    const bool staff = s.kind == SchemeKind::Staff;
    m_goodLabel->setText(staff ? tr("&competent from") : tr("g&ood from"));
    m_passLabel->setText(staff ? tr("b&asically competent from") : tr("&pass from"));
    m_vetoGroup->setChecked(s.vetoGroup);
    m_vetoBeyond->setChecked(s.vetoBeyondLevel);
    m_vetoSerious->setChecked(s.vetoSeriousEffect);
    // The staff's post appraisal has no veto of its own.
    m_vetoes->setEnabled(!staff);
    showIndicators(s.indicators);
}

void SchemeDialog::showIndicators(const QList<core::AppraisalIndicator>& list)
{
    m_indicators = list;
    m_table->setRowCount(int(list.size()));
    for (int row = 0; row < list.size(); ++row) {
        const core::AppraisalIndicator& i = list.at(row);
        auto* title = new QTableWidgetItem(SchemeRules::shownTitle(i));
        title->setFlags(Qt::ItemIsEnabled);
        m_table->setItem(row, IndicatorColumn, title);
        auto* weight = new QDoubleSpinBox(m_table);
        weight->setObjectName(QStringLiteral("weight_%1").arg(row));
        weight->setDecimals(1);
        weight->setRange(0.0, 100.0);
        weight->setValue(i.weight / 10.0);
        weight->setAccessibleName(tr("Weight of %1").arg(title->text()));
        connect(weight, &QDoubleSpinBox::valueChanged, this, &SchemeDialog::showSum);
        m_table->setCellWidget(row, WeightColumn, weight);
        if (SchemeRules::isRate(i.code)) {
            auto* target = new QDoubleSpinBox(m_table);
            target->setDecimals(1);
            target->setRange(0.0, 100.0);
            target->setSuffix(QStringLiteral("%"));
            target->setValue(i.target / 10.0);
            target->setObjectName(QStringLiteral("target_%1").arg(row));
            target->setAccessibleName(tr("Target of %1").arg(title->text()));
            m_table->setCellWidget(row, TargetColumn, target);
        } else {
            auto* target = new QSpinBox(m_table);
            target->setRange(0, 100000);
            target->setValue(i.target);
            target->setObjectName(QStringLiteral("target_%1").arg(row));
            target->setAccessibleName(tr("Target of %1").arg(title->text()));
            m_table->setCellWidget(row, TargetColumn, target);
        }
        if (SchemeRules::hasDays(i.code)) {
            auto* days = new QSpinBox(m_table);
            days->setObjectName(QStringLiteral("days_%1").arg(row));
            days->setRange(0, 366);
            days->setValue(i.days);
            days->setAccessibleName(tr("Period of %1").arg(title->text()));
            m_table->setCellWidget(row, DaysColumn, days);
        } else {
            m_table->removeCellWidget(row, DaysColumn);
            auto* none = new QTableWidgetItem(QStringLiteral("—"));
            none->setFlags(Qt::ItemIsEnabled);
            none->setTextAlignment(Qt::AlignCenter);
            m_table->setItem(row, DaysColumn, none);
        }
    }
    m_table->resizeColumnToContents(WeightColumn);
    m_table->resizeColumnToContents(TargetColumn);
    showSum();
}

int SchemeDialog::weightSum() const
{
    int sum = 0;
    for (int row = 0; row < m_table->rowCount(); ++row)
        if (auto* w = qobject_cast<QDoubleSpinBox*>(m_table->cellWidget(row, WeightColumn)))
            sum += tenths(w->value());
    return sum;
}

void SchemeDialog::showSum()
{
    const int sum = weightSum();
    const bool full = sum == 1000;
    m_sum->setText(full ? tr("The weights add up to %1 points.").arg(SchemeRules::pointsText(sum))
                        : tr("The weights add up to %1 points; they must add up to 100 points.")
                              .arg(SchemeRules::pointsText(sum)));
    m_sum->setStyleSheet(full ? QStringLiteral("color: #2e6b30;")
                              : QStringLiteral("color: #b00020; font-weight: bold;"));
}

void SchemeDialog::kindChanged()
{
    const SchemeKind kind = SchemeKind(m_kind->currentData().toInt());
    const SchemeKind before = kind == SchemeKind::Staff ? SchemeKind::Unit : SchemeKind::Staff;
    core::AppraisalScheme s = scheme();
    if (s.title.isEmpty() || s.title == defaultTitle(s.year, before))
        s.title = defaultTitle(s.year, kind);
    s.goodAt = kind == SchemeKind::Staff ? 700 : 800;
    s.indicators = SchemeRules::defaultIndicators(kind);
    showScheme(s);
}

void SchemeDialog::yearChanged()
{
    // The default title follows the year; a title the chief typed stays.
    const SchemeKind kind = SchemeKind(m_kind->currentData().toInt());
    for (int year : {m_year->value() - 1, m_year->value() + 1})
        if (m_title->text() == defaultTitle(year, kind))
            m_title->setText(defaultTitle(m_year->value(), kind));
}

core::AppraisalScheme SchemeDialog::scheme() const
{
    core::AppraisalScheme s = m_scheme;
    s.year = m_year->value();
    s.kind = SchemeKind(m_kind->currentData().toInt());
    s.title = m_title->text().trimmed();
    s.basis = m_basis->text().trimmed();
    s.excellentAt = tenths(m_excellent->value());
    s.goodAt = tenths(m_good->value());
    s.passAt = tenths(m_pass->value());
    s.vetoGroup = m_vetoGroup->isChecked();
    s.vetoBeyondLevel = m_vetoBeyond->isChecked();
    s.vetoSeriousEffect = m_vetoSerious->isChecked();
    s.indicators.clear();
    for (int row = 0; row < m_table->rowCount() && row < m_indicators.size(); ++row) {
        core::AppraisalIndicator i = m_indicators.at(row);
        i.ord = row + 1;
        if (auto* w = qobject_cast<QDoubleSpinBox*>(m_table->cellWidget(row, WeightColumn)))
            i.weight = tenths(w->value());
        QWidget* target = m_table->cellWidget(row, TargetColumn);
        if (auto* rate = qobject_cast<QDoubleSpinBox*>(target))
            i.target = tenths(rate->value()); // per cent with one decimal = per mille
        else if (auto* count = qobject_cast<QSpinBox*>(target))
            i.target = count->value();
        auto* days = qobject_cast<QSpinBox*>(m_table->cellWidget(row, DaysColumn));
        i.days = days ? days->value() : 0;
        s.indicators << i;
    }
    return s;
}

void SchemeDialog::accept()
{
    auto id = core::SchemeStore(*m_session.db).saveDraft(m_session.actor, scheme());
    if (!id) {
        showError(m_error, id.error());
        return;
    }
    m_saved = id.value();
    QDialog::accept();
}

} // namespace youfu::ui
