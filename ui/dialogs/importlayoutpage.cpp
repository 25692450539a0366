#include "dialogs/importlayoutpage.h"

#include "dialogs/dialogparts.h"
#include "dialogs/importdialog.h"
#include "io/rosterheaders.h"
#include "models/rosterpreviewmodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace youfu::ui {

ImportLayoutPage::ImportLayoutPage(ImportDialog& dialog) : m_dialog(dialog)
{
    setObjectName(QStringLiteral("importLayoutPage"));
    setTitle(tr("Where is the header?"));
    setSubTitle(tr("The first rows of the file. The header rows are marked; rows above them "
                   "(titles) and totals or signatures below are never imported."));
    auto* layout = new QVBoxLayout(this);
    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("layoutNote"));
    m_note->setWordWrap(true);
    m_note->setStyleSheet(QStringLiteral("color: #b00020;"));
    layout->addWidget(m_note);

    m_model = new RosterPreviewModel(this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("layoutView"));
    m_view->setModel(m_model);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setWordWrap(false);
    m_view->horizontalHeader()->setDefaultSectionSize(110);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    layout->addWidget(m_view, 1);

    auto* row = new QHBoxLayout;
    auto* firstLabel = new QLabel(tr("&First header row:"), this);
    m_first = new QSpinBox(this);
    m_first->setObjectName(QStringLiteral("firstHeaderRow"));
    firstLabel->setBuddy(m_first);
    auto* lastLabel = new QLabel(tr("&Last header row:"), this);
    m_last = new QSpinBox(this);
    m_last->setObjectName(QStringLiteral("lastHeaderRow"));
    lastLabel->setBuddy(m_last);
    row->addWidget(firstLabel);
    row->addWidget(m_first);
    row->addSpacing(16);
    row->addWidget(lastLabel);
    row->addWidget(m_last);
    row->addWidget(new QLabel(tr("(the same row for a one-level header)"), this));
    row->addStretch(1);
    layout->addLayout(row);
    m_headers = new QLabel(this);
    m_headers->setObjectName(QStringLiteral("headerSummary"));
    m_headers->setWordWrap(true);
    layout->addWidget(m_headers);
    m_error = makeErrorLabel(this);
    layout->addWidget(m_error);

    connect(m_first, qOverload<int>(&QSpinBox::valueChanged), this,
            &ImportLayoutPage::headerRowsChanged);
    connect(m_last, qOverload<int>(&QSpinBox::valueChanged), this,
            &ImportLayoutPage::headerRowsChanged);
}

void ImportLayoutPage::initializePage()
{
    const ImportState& s = m_dialog.state();
    m_filling = true;
    m_model->setRows(s.firstRows);
    m_model->setHeaderRows(s.layout.firstHeaderRow, s.layout.lastHeaderRow);
    const int lo = s.firstRows.constFirst().number, hi = s.firstRows.constLast().number;
    m_first->setRange(lo, hi);
    m_last->setRange(lo, hi);
    m_first->setValue(s.layout.firstHeaderRow);
    m_last->setValue(s.layout.lastHeaderRow);
    m_filling = false;
    m_note->setText(s.layoutNote);
    m_note->setVisible(!s.layoutNote.isEmpty());
    m_error->hide();
    showHeaders();
}

void ImportLayoutPage::headerRowsChanged()
{
    if (m_filling)
        return;
    // A header has one or two levels: the last row follows the first.
    const QSignalBlocker block(m_last);
    if (sender() == m_first || m_last->value() < m_first->value() ||
        m_last->value() > m_first->value() + 1)
        m_last->setValue(qBound(m_first->value(), m_last->value(), m_first->value() + 1));
    ImportState& s = m_dialog.state();
    auto rowNumbered = [&](int number) {
        for (const core::SheetRow& r : s.firstRows)
            if (r.number == number)
                return r;
        core::SheetRow blank;
        blank.number = number;
        return blank;
    };
    s.layout = core::RosterRules::headerLayout(rowNumbered(m_first->value()),
                                               rowNumbered(m_last->value()));
    s.mapping = core::RosterRules::suggestMapping(s.layout);
    m_model->setHeaderRows(s.layout.firstHeaderRow, s.layout.lastHeaderRow);
    m_error->hide();
    showHeaders();
}

void ImportLayoutPage::showHeaders()
{
    const ImportState& s = m_dialog.state();
    QStringList parts;
    for (int c = 0; c < s.layout.headers.size(); ++c)
        if (!s.layout.headers.at(c).isEmpty())
            parts << core::RosterHeaders::columnLetter(c) + QLatin1Char(' ') +
                         s.layout.headers.at(c);
    m_headers->setText(tr("Columns: %1").arg(parts.join(QStringLiteral(" · "))));
    for (int r = 0; r < m_model->rowCount(); ++r)
        if (m_model->isHeaderRow(r)) {
            m_view->scrollTo(m_model->index(r, 0));
            break;
        }
}

bool ImportLayoutPage::validatePage()
{
    if (m_dialog.state().mapping.columns.isEmpty()) {
        showError(m_error, tr("No caption in rows %1–%2 is a column the registry knows. Put the "
                              "first and last header row where 姓名 and 身份证号 stand.")
                               .arg(m_first->value())
                               .arg(m_last->value()));
        return false;
    }
    return true;
}

} // namespace youfu::ui
