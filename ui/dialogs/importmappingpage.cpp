#include "dialogs/importmappingpage.h"

#include "dialogs/dialogparts.h"
#include "dialogs/importdialog.h"
#include "io/rosterheaders.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHash>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace youfu::ui {

namespace {
using core::RosterField;
constexpr int kLastField = static_cast<int>(RosterField::Note);
} // namespace

ImportMappingPage::ImportMappingPage(ImportDialog& dialog) : m_dialog(dialog)
{
    setObjectName(QStringLiteral("importMappingPage"));
    setTitle(tr("Which column is what?"));
    setSubTitle(tr("Each column of the file and the field it is imported into. Correct any that "
                   "is wrong; a column set to “(not imported)” is left out. The choice is "
                   "remembered for files with the same header."));
    auto* layout = new QVBoxLayout(this);
    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("mappingArea"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    layout->addWidget(m_scroll, 1);
    m_error = makeErrorLabel(this);
    layout->addWidget(m_error);
}

QComboBox* ImportMappingPage::comboFor(int column) const
{
    return column >= 0 && column < m_combos.size() ? m_combos.at(column) : nullptr;
}

void ImportMappingPage::initializePage()
{
    const ImportState& s = m_dialog.state();
    m_combos.clear();
    auto* grid = new QWidget;
    auto* g = new QGridLayout(grid);
    g->setColumnStretch(2, 1);
    auto* h1 = new QLabel(tr("Column in the file"), grid);
    auto* h2 = new QLabel(tr("Imported as"), grid);
    for (QLabel* h : {h1, h2})
        h->setStyleSheet(QStringLiteral("font-weight: bold;"));
    g->addWidget(h1, 0, 0);
    g->addWidget(h2, 0, 1);
    for (int c = 0; c < s.layout.headers.size(); ++c) {
        const QString header = s.layout.headers.at(c);
        auto* label = new QLabel(core::RosterHeaders::columnLetter(c) + QStringLiteral("  ") +
                                     (header.isEmpty() ? tr("(no caption)") : header),
                                 grid);
        auto* combo = new QComboBox(grid);
        combo->setObjectName(QStringLiteral("mapColumn%1").arg(c));
        for (int f = 0; f <= kLastField; ++f)
            combo->addItem(core::RosterRules::fieldTitle(static_cast<RosterField>(f)), f);
        const RosterField field = s.mapping.columns.value(c, RosterField::Ignore);
        combo->setCurrentIndex(combo->findData(static_cast<int>(field)));
        label->setBuddy(combo);
        auto* why = new QLabel(s.mapping.unmatched.value(c), grid);
        why->setWordWrap(true);
        why->setStyleSheet(QStringLiteral("color: #8a5a00;"));
        g->addWidget(label, c + 1, 0);
        g->addWidget(combo, c + 1, 1);
        g->addWidget(why, c + 1, 2);
        m_combos << combo;
    }
    g->setRowStretch(int(s.layout.headers.size()) + 1, 1);
    m_scroll->setWidget(grid); // deletes the previous one
    m_error->hide();
}

bool ImportMappingPage::validatePage()
{
    ImportState& s = m_dialog.state();
    QHash<int, RosterField> columns;
    QHash<RosterField, int> taken;
    for (int c = 0; c < m_combos.size(); ++c) {
        const auto f = static_cast<RosterField>(m_combos.at(c)->currentData().toInt());
        if (f == RosterField::Ignore)
            continue;
        if (taken.contains(f)) {
            showError(m_error, tr("Columns %1 and %2 are both set to %3; set one of them to "
                                  "another field or to “(not imported)”.")
                                   .arg(core::RosterHeaders::columnLetter(taken.value(f)),
                                        core::RosterHeaders::columnLetter(c),
                                        core::RosterRules::fieldTitle(f)));
            m_combos.at(c)->setFocus();
            return false;
        }
        taken.insert(f, c);
        columns.insert(c, f);
    }
    for (RosterField needed : {RosterField::Name, RosterField::CitizenId}) {
        if (!taken.contains(needed)) {
            showError(m_error, tr("Choose the column that holds %1: it is needed for every "
                                  "person.")
                                   .arg(core::RosterRules::fieldTitle(needed)));
            return false;
        }
    }
    s.mapping.columns = columns;
    return true;
}

} // namespace youfu::ui
