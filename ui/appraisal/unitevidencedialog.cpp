#include "appraisal/unitevidencedialog.h"

#include "appraisal/unitevidencemodel.h"
#include "dialogs/dialogparts.h"
#include "widgets/listtable.h"
#include "widgets/tablecolumns.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace youfu::ui {

UnitEvidenceDialog::UnitEvidenceDialog(core::Database* db, int year, const QString& townshipCode,
                                       const QString& townshipName, const QString& indicatorCode,
                                       const QString& indicatorTitle, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("unitEvidenceDialog"));
    setWindowTitle(tr("Records behind the figure"));
    auto* layout = new QVBoxLayout(this);
    m_model = new UnitEvidenceModel(db, year, townshipCode, indicatorCode, this);
    const bool ok = m_model->reload();
    layout->addWidget(makeDialogHeader(
        tr("%1 — %2 (%3)").arg(townshipName, indicatorTitle).arg(year),
        ok ? tr("%n record(s); ✓ counted in the numerator, ✗ not.", nullptr, m_model->total())
           : QString(),
        this));
    auto* error = makeErrorLabel(this);
    layout->addWidget(error);
    if (!ok)
        showError(error, m_model->lastError());
    m_table = makeListTable(m_model, "unitEvidenceTable", this);
    fitColumns(m_table, 0);
    layout->addWidget(m_table, 1);
    auto* box = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(box);
    resize(720, 480);
}

} // namespace youfu::ui
