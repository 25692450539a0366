#pragma once

#include "app/session.h"
#include "payment/disclosureexport.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace youfu::ui {

// 公示: the month's recipients for the notice board, the townships and the website. Options
// (month, township, name masked, ID masked or omitted, the period, the supervision phone, the
// issuing office; defaults from the settings), then 预览 (the A4 landscape print preview, which
// prints), Excel, HTML or PDF (DisclosureExport::write: one audit entry, 0600).
class DisclosurePanel : public QWidget
{
    Q_OBJECT
public:
    explicit DisclosurePanel(Session& session, QWidget* parent = nullptr);

    void reload(); // the settings' defaults, when the options were not touched yet
    core::DisclosureOptions options() const;
    bool preview();
    bool writeTo(core::DisclosureFormat format, const QString& path);

Q_SIGNALS:
    void statusMessage(const QString& message);

private:
    void save(core::DisclosureFormat format);

    Session& m_session;
    bool m_loaded = false;
    QDateEdit* m_month = nullptr;
    QComboBox* m_township = nullptr;
    QCheckBox* m_maskName = nullptr;
    QComboBox* m_id = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QLineEdit* m_phone = nullptr;
    QLineEdit* m_office = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace youfu::ui
