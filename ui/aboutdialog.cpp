#include "aboutdialog.h"

#include "../models/domain/thirdpartylibraries.h"
#include "../models/storage/migrations.h"
#include "plaindialogs.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace hubdesk {

QString AboutDialog::licenceResource()
{
    return QStringLiteral(":/licence/LICENSE");
}

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("About HubDesk"));
    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/hubdesk.svg")).pixmap(64, 64));
    icon->setAccessibleName(tr("HubDesk logo"));
    auto *title = new QLabel(tr("HubDesk %1").arg(QStringLiteral(HUBDESK_VERSION)), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    title->setFont(big);
    title->setTextFormat(Qt::PlainText);
    auto *text = new QLabel(this);
    text->setTextFormat(Qt::PlainText);
    text->setWordWrap(true);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    text->setText(tr("A desktop CRM for innovation clusters that run startup-support hubs.\n"
                     "Database version %1.\n\n"
                     "HubDesk is free software: you can redistribute it and change it under the terms of the "
                     "GNU General Public License, version 3 or (at your choice) any later version (%2). "
                     "It comes with no warranty.")
                      .arg(Migrations::latest())
                      .arg(ThirdPartyLibraries::hubdeskLicence()));

    auto *builtOn = new QLabel(tr("Built on these libraries:"), this);
    m_libraries = new QTableWidget(this);
    m_libraries->setObjectName(QStringLiteral("libraries"));
    m_libraries->setAccessibleName(tr("Libraries HubDesk is built on"));
    m_libraries->setColumnCount(4);
    m_libraries->setHorizontalHeaderLabels({tr("Library"), tr("Version"), tr("Licence"), tr("Used for")});
    const QList<ThirdPartyLibraries::Library> libraries = ThirdPartyLibraries::used();
    m_libraries->setRowCount(int(libraries.size()));
    for (int row = 0; row < libraries.size(); ++row) {
        const ThirdPartyLibraries::Library &l = libraries.at(row);
        const QStringList cells{l.name, l.version, l.licence, l.use};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            item->setToolTip(l.homepage);
            m_libraries->setItem(row, column, item);
        }
    }
    m_libraries->verticalHeader()->hide();
    m_libraries->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_libraries->setWordWrap(false);
    m_libraries->resizeColumnsToContents();
    m_libraries->horizontalHeader()->setStretchLastSection(true);
    builtOn->setBuddy(m_libraries);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *licence = buttons->addButton(tr("&Licence text…"), QDialogButtonBox::ActionRole);
    connect(licence, &QPushButton::clicked, this, &AboutDialog::showLicence);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    buttons->button(QDialogButtonBox::Close)->setDefault(true);

    auto *head = new QHBoxLayout;
    head->addWidget(icon, 0, Qt::AlignTop);
    auto *headText = new QVBoxLayout;
    headText->addWidget(title);
    headText->addWidget(text);
    head->addLayout(headText, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(head);
    layout->addWidget(builtOn);
    layout->addWidget(m_libraries, 1);
    layout->addWidget(buttons);
    resize(720, 460);
}

void AboutDialog::showLicence()
{
    QFile file(licenceResource());
    if (!file.open(QIODevice::ReadOnly)) {
        PlainDialogs::warning(this, tr("Licence text"),
                              tr("The licence text is not in this build (%1). It is the GNU General Public "
                                 "License, version 3: https://www.gnu.org/licenses/gpl-3.0.html")
                                  .arg(licenceResource()));
        return;
    }
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Licence text"));
    auto *view = new QPlainTextEdit(QString::fromUtf8(file.readAll()), &dialog);
    view->setReadOnly(true);
    view->setAccessibleName(tr("Licence text"));
    view->setLineWrapMode(QPlainTextEdit::NoWrap);
    QFont mono = view->font();
    mono.setFamily(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    view->setFont(mono);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(view);
    layout->addWidget(buttons);
    dialog.resize(640, 560);
    dialog.exec();
}

} // namespace hubdesk
