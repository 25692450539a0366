#include "township/zeroimportdialog.h"

#include "common/isotime.h"
#include "dialogs/dialogparts.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace youfu::ui {

ZeroImportDialog::ZeroImportDialog(Session& session, const core::ZeroImportPreview& preview,
                                   QWidget* parent)
    : QDialog(parent), m_session(session), m_preview(preview)
{
    setObjectName(QStringLiteral("zeroImportDialog"));
    setWindowTitle(tr("Import zero reports"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(makeDialogHeader(
        tr("Import zero reports"),
        tr("%1 (%2): %3 report(s) to record, %4 row(s) refused. A day already reported is "
           "never overwritten.")
            .arg(preview.fileName, preview.format)
            .arg(preview.good())
            .arg(preview.bad()),
        this));
    m_table = new QTableWidget(int(preview.rows.size()), 6, this);
    m_table->setObjectName(QStringLiteral("zeroImportTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Row"), tr("Township"), tr("Day"), tr("Report"), tr("Received at"), tr("Result")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    for (int i = 0; i < preview.rows.size(); ++i) {
        const core::ZeroImportRow& r = preview.rows.at(i);
        QStringList items;
        for (const core::ZeroReportItem& it : r.report.items)
            items << it.summary;
        const QStringList cells{QString::number(r.line),
                                r.report.townshipName,
                                core::toIsoDate(r.report.day),
                                r.report.nothing ? tr("Nothing to report")
                                                 : items.join(QStringLiteral("；")),
                                r.report.receivedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                                r.ok() ? tr("Will be recorded") : r.problem};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells.at(c));
            if (!r.ok())
                item->setForeground(QColor(QRgb(0xa31515)));
            m_table->setItem(i, c, item);
        }
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);
    m_error = makeErrorLabel(this);
    layout->addWidget(m_error);
    auto* box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton* ok = box->button(QDialogButtonBox::Ok);
    ok->setText(tr("&Record %n report(s)", nullptr, preview.good()));
    ok->setObjectName(QStringLiteral("zeroImportRecord"));
    ok->setEnabled(preview.good() > 0);
    layout->addWidget(box);
    connect(box, &QDialogButtonBox::accepted, this, &ZeroImportDialog::accept);
    connect(box, &QDialogButtonBox::rejected, this, &ZeroImportDialog::reject);
    resize(820, 480);
}

void ZeroImportDialog::accept()
{
    auto ids = core::ZeroReportImport(*m_session.db).commit(m_session.actor, m_preview);
    if (!ids) {
        showError(m_error, ids.error());
        return;
    }
    m_recorded = int(ids->size());
    QDialog::accept();
}

} // namespace youfu::ui
