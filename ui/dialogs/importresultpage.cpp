#include "dialogs/importresultpage.h"

#include "dialogs/importdialog.h"

#include <QLabel>
#include <QVBoxLayout>

namespace youfu::ui {

ImportResultPage::ImportResultPage(ImportDialog& dialog) : m_dialog(dialog)
{
    setObjectName(QStringLiteral("importResultPage"));
    setTitle(tr("Imported"));
    setFinalPage(true);
    auto* layout = new QVBoxLayout(this);
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("resultText"));
    m_text->setWordWrap(true);
    m_text->setStyleSheet(QStringLiteral("font-size: 15px; color: #23324a;"));
    layout->addWidget(m_text);
    layout->addStretch(1);
}

void ImportResultPage::initializePage()
{
    const ImportState& s = m_dialog.state();
    if (!s.counts || !s.preview)
        return;
    QString text = tr("Added to the registry: %1 person(s), %2 category record(s), %3 key "
                      "person(s).")
                       .arg(s.counts->persons)
                       .arg(s.counts->categories)
                       .arg(s.counts->keyPersons);
    text += QLatin1Char('\n') + tr("The audit log records the import with the file and its "
                                   "counts.");
    if (s.preview->refused > 0)
        text += QLatin1Char('\n') +
                tr("%n row(s) were not imported. Export the issue list from the preview next "
                   "time, have the rows corrected, and import the file again: persons already "
                   "in the registry are reported, not imported twice.",
                   nullptr, s.preview->refused);
    m_text->setText(text);
}

} // namespace youfu::ui
