#pragma once

#include "../models/domain/record.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace hubdesk {

class Database;
class VoucherRepository;

// The workflow of the voucher shown in a detail pane: the actions its status allows
// (Approve, Mark claimed, Mark paid, Reject, Cancel) and, always in view, what the
// startup may still receive under the cap and what remains of the programme budget.
class VoucherPanel : public QWidget
{
    Q_OBJECT
public:
    VoucherPanel(Database &db, QWidget *parent = nullptr);
    ~VoucherPanel() override;

    // The voucher being edited (an unsaved one too: the funds follow its startup).
    void setVoucher(const Record &voucher);
    QString fundsText() const;
    QPushButton *button(const QString &status) const;

signals:
    // A step was taken; \a voucher is the stored result.
    void stepped(const Record &voucher);
    void failed(const QString &message);

private:
    void take(int step);
    void updateFunds();

    Database &m_db;
    std::unique_ptr<VoucherRepository> m_repository;
    Record m_voucher;
    QLabel *m_funds = nullptr;
    QList<QPushButton *> m_buttons;
};

} // namespace hubdesk
