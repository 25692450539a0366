#include "dialogs/archivedatadialog.h"

#include "dialogs/dialogparts.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace youfu::ui {

ArchiveDataDialog::ArchiveDataDialog(const QString& title, const core::ArchiveData& initial, Submit submit,
                                     QWidget* parent)
    : QDialog(parent), m_submit(std::move(submit))
{
    setObjectName(QStringLiteral("archiveDataDialog"));
    setWindowTitle(title);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(makeDialogHeader(title, tr("A change of the archive's data is pending until a section chief verifies it."), this));
    auto* form = new QFormLayout;
    auto line = [this](const char* name, const QString& text) {
        auto* e = new QLineEdit(text, this);
        e->setObjectName(QLatin1String(name));
        return e;
    };
    m_cabinet = line("cabinet", initial.cabinet);
    m_box = line("box", initial.box);
    m_volume = line("volume", initial.volume);
    m_keeper = line("keeper", initial.keeper);
    m_state = new QComboBox(this);
    m_state->setObjectName(QStringLiteral("state"));
    for (core::ArchiveState s : {core::ArchiveState::InCustody, core::ArchiveState::Closed, core::ArchiveState::Transferred})
        m_state->addItem(core::archiveStateTitle(s), int(s));
    m_state->setCurrentIndex(m_state->findData(int(initial.state)));
    m_note = line("note", initial.note);
    form->addRow(tr("&Cabinet:"), m_cabinet);
    form->addRow(tr("&Box:"), m_box);
    form->addRow(tr("&Volume:"), m_volume);
    form->addRow(tr("&Keeper:"), m_keeper);
    form->addRow(tr("&State:"), m_state);
    form->addRow(tr("&Note:"), m_note);
    layout->addLayout(form);
    m_error = makeErrorLabel(this);
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

core::ArchiveData ArchiveDataDialog::data() const
{
    return {m_cabinet->text().trimmed(), m_box->text().trimmed(), m_volume->text().trimmed(),
            m_keeper->text().trimmed(), core::ArchiveState(m_state->currentData().toInt()), m_note->text().trimmed()};
}

void ArchiveDataDialog::accept()
{
    const core::Status s = m_submit ? m_submit(data()) : core::Status::success();
    if (!s) {
        showError(m_error, s.error());
        return;
    }
    QDialog::accept();
}

} // namespace youfu::ui
