#include "appraisal/unitadjustdialog.h"

#include "appraisal/appraisalstore.h"
#include "dialogs/dialogparts.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <cmath>

namespace youfu::ui {

UnitAdjustDialog::UnitAdjustDialog(Session& session, int year, const QString& townshipCode,
                                   const QString& townshipName, QWidget* parent)
    : QDialog(parent), m_session(session), m_year(year), m_township(townshipCode)
{
    build(tr("Commendation or deduction"), tr("%1, appraisal of %2").arg(townshipName).arg(year),
          true);
}

UnitAdjustDialog::UnitAdjustDialog(Session& session, qint64 adjustmentId, const QString& what,
                                   QWidget* parent)
    : QDialog(parent), m_session(session), m_voidId(adjustmentId)
{
    build(tr("Void a commendation or deduction"), what, false);
}

void UnitAdjustDialog::build(const QString& title, const QString& subtitle, bool adding)
{
    setObjectName(QStringLiteral("unitAdjustDialog"));
    setWindowTitle(title);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(makeDialogHeader(title, subtitle, this));
    auto* form = new QFormLayout;
    if (adding) {
        m_kind = new QComboBox(this);
        m_kind->setObjectName(QStringLiteral("unitAdjustKind"));
        m_kind->addItem(tr("Deduction"), false);
        m_kind->addItem(tr("Commendation"), true);
        form->addRow(tr("&Kind:"), m_kind);
        m_points = new QDoubleSpinBox(this);
        m_points->setObjectName(QStringLiteral("unitAdjustPoints"));
        m_points->setDecimals(1);
        m_points->setRange(0.1, 100.0);
        m_points->setSingleStep(0.5);
        m_points->setValue(1.0);
        m_points->setSuffix(tr(" points"));
        form->addRow(tr("&Points:"), m_points);
    }
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("unitAdjustReason"));
    m_reason->setPlaceholderText(adding ? tr("e.g. commended by the county government, document "
                                             "number")
                                        : tr("Why it is voided"));
    form->addRow(tr("&Reason:"), m_reason);
    layout->addLayout(form);
    m_error = makeErrorLabel(this);
    layout->addWidget(m_error);
    auto* box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    box->button(QDialogButtonBox::Ok)->setText(adding ? tr("&Add") : tr("&Void"));
    connect(box, &QDialogButtonBox::accepted, this, &UnitAdjustDialog::accept);
    connect(box, &QDialogButtonBox::rejected, this, &UnitAdjustDialog::reject);
    layout->addWidget(box);
}

void UnitAdjustDialog::accept()
{
    if (!m_session.db)
        return;
    core::AppraisalStore store(*m_session.db);
    if (m_voidId > 0) {
        const core::Status s = store.voidAdjustment(m_session.actor, m_voidId, m_reason->text());
        if (!s) {
            showError(m_error, s.error());
            return;
        }
    } else {
        const int tenths = int(std::lround(m_points->value() * 10));
        auto id = store.addAdjustment(m_session.actor, m_year, m_township,
                                      m_kind->currentData().toBool(), tenths, m_reason->text());
        if (!id) {
            showError(m_error, id.error());
            return;
        }
    }
    QDialog::accept();
}

} // namespace youfu::ui
