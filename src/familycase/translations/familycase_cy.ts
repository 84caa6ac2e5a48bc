<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB" sourcelanguage="en_GB">
<context>
    <name>ActionDoneDialog</name>
    <message>
        <location filename="../gui/family_file/oversight/dialogs.py" line="174"/>
        <source>Mark the action done</source>
        <translation>Nodi bod y cam gweithredu wedi&apos;i wneud</translation>
    </message>
    <message>
        <location filename="../gui/family_file/oversight/dialogs.py" line="181"/>
        <source>Action</source>
        <translation>Cam gweithredu</translation>
    </message>
    <message>
        <location filename="../gui/family_file/oversight/dialogs.py" line="182"/>
        <source>&amp;What was done</source>
        <translation>&amp;Beth a wnaed</translation>
    </message>
    <message>
        <location filename="../gui/family_file/oversight/dialogs.py" line="184"/>
        <source>&amp;Mark it done</source>
        <translation>&amp;Nodi ei fod wedi&apos;i wneud</translation>
    </message>
    <message>
        <location filename="../gui/family_file/oversight/dialogs.py" line="190"/>
        <source>A supervision action</source>
        <translation>Cam gweithredu o oruchwyliaeth</translation>
    </message>
</context>
<context>
    <name>AddDocumentDialog</name>
    <message>
        <location filename="../gui/family_file/documents/add_dialog.py" line="32"/>
        <source>Keep a document in the family file</source>
        <translation>Cadw dogfen yn ffeil y teulu</translation>
    </message>
    <message>
        <location filename="../gui/family_file/documents/add_dialog.py" line="44"/>
        <source>The document is kept encrypted with the family&apos;s key, like everything in the file. It can be at most {limit}.</source>
        <translation>Mae&apos;r ddogfen yn cael ei chadw wedi&apos;i hamgryptio ag allwedd y teulu, fel popeth yn y ffeil. Gall fod hyd at {limit}.</translation>
    </message>
    <message>
        <location filename="../gui/family_file/documents/add_dialog.py" line="50"/>
        <source>{name} ({size})</source>
        <translation>{name} ({size})</translation>
    </message>
    <message>
        <location filename="../gui/family_file/documents/add_dialog.py" line="53"/>
        <source>File</source>
        <translation>Ffeil</translation>
    </message>
    <message>
        <location filename="../gui/family_file/documents/add_dialog.py" line="54"/>
        <source>&amp;What it is</source>
        <translation>&amp;Beth yw hi</translation>
    </message>
    <message>
        <location filename="../gui/family_file/documents/add_dialog.py" line="55"/>
        <source>e.g. letter from school about attendance</source>
        <translation>e.e. llythyr gan yr ysgol am bresenoldeb</translation>
    </message>
    <message>
        <location filename="../gui/family_file/documents/add_dialog.py" line="57"/>
        <source>The whole family</source>
        <translation>Y teulu cyfan</translation>
    </message>
    <message>
        <location filename="../gui/family_file/documents/add_dialog.py" line="62"/>
        <source>Contact on {date}: {kind}</source>
        <translation>Cyswllt ar {date}: {kind}</translation>
    </message>
    <message>
        <location filename="../gui/family_file/documents/add_dialog.py" line="67"/>
        <source>&amp;About</source>
        <translation>&amp;Am bwy</translation>
    </message>
    <message>
        <location filename="../gui/family_file/documents/add_dialog.py" line="71"/>
        <source>FamilyCase keeps documents, photos and scans, not this kind of file.</source>
        <translation>Mae FamilyCase yn cadw dogfennau, lluniau a sganiau, nid y math hwn o ffeil.</translation>
    </message>
    <message>
        <location filename="../gui/family_file/documents/add_dialog.py" line="74"/>
        <source>This file is larger than {limit}.</source>
        <translation>Mae&apos;r ffeil hon yn fwy na {limit}.</translation>
    </message>
    <message>
        <location filename="../gui/family_file/documents/add_dialog.py" line="78"/>
        <source>This file cannot be read.</source>
        <translation>Does dim modd darllen y ffeil hon.</translation>
    </message>
    <message>
        <location filename="../gui/family_file/documents/add_dialog.py" line="82"/>
        <source>&amp;Keep it</source>
        <translation>&amp;Ei chadw</translation>
    </message>
</context>
<context>
    <name>AddWorkerDialog</name>
    <message>
        <location filename="../gui/admin/workers.py" line="57"/>
        <source>Add a worker</source>
        <translation>Ychwanegu gweithiwr</translation>
    </message>
    <message>
        <location filename="../gui/admin/workers.py" line="62"/>
        <source>The worker signs in with this user name and password, and should change the password (File ▸ Change my password) the first time.</source>
        <translation>Mae&apos;r gweithiwr yn mewngofnodi gyda&apos;r enw defnyddiwr a&apos;r cyfrinair hwn. Dylai newid y cyfrinair (Ffeil ▸ Newid fy nghyfrinair) y tro cyntaf.</translation>
    </message>
    <message>
        <location filename="../gui/admin/workers.py" line="67"/>
        <source>&amp;Name</source>
        <translation>&amp;Enw</translation>
    </message>
    <message>
        <location filename="../gui/admin/workers.py" line="68"/>
        <source>e.g. Priya Shah</source>
        <translation>e.e. Priya Shah</translation>
    </message>
    <message>
        <location filename="../gui/admin/workers.py" line="71"/>
        <source>&amp;User name</source>
        <translation>Enw &amp;defnyddiwr</translation>
    </message>
    <message>
        <location filename="../gui/admin/workers.py" line="74"/>
        <source>What they type to sign in, e.g. pshah (no spaces).</source>
        <translation>Beth maen nhw&apos;n ei deipio i fewngofnodi, e.e. pshah (dim bylchau).</translation>
    </message>
    <message>
        <location filename="../gui/admin/workers.py" line="78"/>
        <source>&amp;Role</source>
        <translation>&amp;Rôl</translation>
    </message>
    <message>
        <location filename="../gui/admin/workers.py" line="86"/>
        <source>Initial &amp;password</source>
        <translation>&amp;Cyfrinair cyntaf</translation>
    </message>
    <message>
        <location filename="../gui/admin/workers.py" line="89"/>
        <source>At least {n} characters.</source>
        <translation>O leiaf {n} nod.</translation>
    </message>
    <message>
        <location filename="../gui/admin/workers.py" line="91"/>
        <source>Initial password a&amp;gain</source>
        <translation>Cyfrinair cyntaf &amp;unwaith eto</translation>
    </message>
    <message>
        <location filename="../gui/admin/workers.py" line="92"/>
        <source>&amp;Add worker</source>
        <translation>&amp;Ychwanegu&apos;r gweithiwr</translation>
    </message>
    <message>
        <location filename="../gui/admin/workers.py" line="93"/>
        <source>Add worker</source>
        <translation>Ychwanegu&apos;r gweithiwr</translation>
    </message>
    <message>
        <location filename="../gui/admin/workers.py" line="99"/>
        <source>New worker {name}</source>
        <translation>Gweithiwr newydd {name}</translation>
    </message>
    <message>
        <location filename="../gui/admin/workers.py" line="106"/>
        <source>A worker is only added when you press Add worker.</source>
        <translation>Dim ond pan fyddwch chi&apos;n pwyso Ychwanegu&apos;r gweithiwr y caiff gweithiwr ei ychwanegu.</translation>
    </message>
    <message>
        <location filename="../gui/admin/workers.py" line="130"/>
        <source>The two passwords are different.</source>
        <translation>Nid yw&apos;r ddau gyfrinair yr un fath.</translation>
    </message>
    <message>
        <location filename="../gui/admin/workers.py" line="146"/>
        <source>A user name can only use lower-case letters, digits, dots, hyphens and underscores (no spaces), and starts with a letter or digit.</source>
        <translation>Dim ond llythrennau bach, rhifau, atalnodau llawn, cysylltnodau a thanlinellau y gall enw defnyddiwr eu defnyddio (dim bylchau), ac mae&apos;n dechrau gyda llythyren neu rif.</translation>
    </message>
</context>
<context>
    <name>AdminActions</name>
    <message>
        <location filename="../gui/admin/actions.py" line="72"/>
        <source>Could not read the organisation settings</source>
        <translation>Doedd dim modd darllen gosodiadau&apos;r sefydliad</translation>
    </message>
    <message>
        <location filename="../gui/admin/actions.py" line="79"/>
        <source>Settings signed</source>
        <translation>Gosodiadau wedi&apos;u llofnodi</translation>
    </message>
    <message>
        <location filename="../gui/admin/actions.py" line="80"/>
        <source>The organisation settings are signed and apply to everyone now.</source>
        <translation>Mae gosodiadau&apos;r sefydliad wedi&apos;u llofnodi ac maen nhw&apos;n berthnasol i bawb nawr.</translation>
    </message>
    <message>
        <location filename="../gui/admin/actions.py" line="92"/>
        <source>Password changed</source>
        <translation>Cyfrinair wedi&apos;i newid</translation>
    </message>
    <message>
        <location filename="../gui/admin/actions.py" line="93"/>
        <source>Your password has been changed. Use the new one from now on.</source>
        <translation>Mae eich cyfrinair wedi&apos;i newid. Defnyddiwch yr un newydd o hyn ymlaen.</translation>
    </message>
    <message>
        <location filename="../gui/admin/actions.py" line="117"/>
        <source>My fingerprint phrase</source>
        <translation>Fy ymadrodd olion bysedd</translation>
    </message>
    <message>
        <location filename="../gui/admin/actions.py" line="119"/>
        <source>Your keys&apos; fingerprint phrase is:

{phrase}

When an administrator enrols you, they see the same eight words. Read them to each other: if they differ, someone swapped a key, and you must tell them at once.</source>
        <translation>Ymadrodd olion bysedd eich allweddi yw:

{phrase}

Pan fydd gweinyddwr yn eich cofrestru, mae&apos;n gweld yr un wyth gair. Darllenwch nhw i&apos;ch gilydd: os ydyn nhw&apos;n wahanol, mae rhywun wedi cyfnewid allwedd, a rhaid i chi ddweud wrtho ar unwaith.</translation>
    </message>
</context>
<context>
    <name>AdminHome</name>
    <message>
        <location filename="../gui/admin/home.py" line="18"/>
        <source>You look after FamilyCase for your organisation: the people who use it, the audit log and how long records are kept. Administrators hold no family keys, so family files are not shown here; key workers and team leaders open them.</source>
        <translation>Chi sy&apos;n gofalu am FamilyCase ar gyfer eich sefydliad: y bobl sy&apos;n ei ddefnyddio, y log archwilio ac am ba hyd y mae cofnodion yn cael eu cadw. Does gan weinyddwyr ddim allweddi teuluoedd, felly dydy ffeiliau teulu ddim i&apos;w gweld yma; gweithwyr allweddol ac arweinwyr tîm sy&apos;n eu hagor.</translation>
    </message>
    <message>
        <location filename="../gui/admin/home.py" line="30"/>
        <source>Manage &amp;workers…</source>
        <translation>Rheoli g&amp;weithwyr…</translation>
    </message>
    <message>
        <location filename="../gui/admin/home.py" line="31"/>
        <source>Add workers, change their role or team, disable an account.</source>
        <translation>Ychwanegu gweithwyr, newid eu rôl neu eu tîm, analluogi cyfrif.</translation>
    </message>
    <message>
        <location filename="../gui/admin/home.py" line="36"/>
        <source>&amp;Audit log…</source>
        <translation>Log &amp;archwilio…</translation>
    </message>
    <message>
        <location filename="../gui/admin/home.py" line="37"/>
        <source>Who did what, when: every view, change, print and export.</source>
        <translation>Pwy wnaeth beth, pryd: pob edrych, newid, argraffu ac allforio.</translation>
    </message>
    <message>
        <location filename="../gui/admin/home.py" line="42"/>
        <source>&amp;Retention…</source>
        <translation>C&amp;yfnod cadw…</translation>
    </message>
    <message>
        <location filename="../gui/admin/home.py" line="43"/>
        <source>Family files past their retention date, ready to be destroyed.</source>
        <translation>Ffeiliau teulu sydd wedi mynd heibio i&apos;w dyddiad cadw, yn barod i&apos;w dinistrio.</translation>
    </message>
    <message>
        <location filename="../gui/admin/home.py" line="48"/>
        <source>Change my &amp;password…</source>
        <translation>Newid fy &amp;nghyfrinair…</translation>
    </message>
    <message>
        <location filename="../gui/admin/home.py" line="49"/>
        <source>Your own password.</source>
        <translation>Eich cyfrinair eich hun.</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <location filename="../gui/session/first_run.py" line="108"/>
        <source>Your administrator account</source>
        <translation>Eich cyfrif gweinyddwr</translation>
    </message>
    <message>
        <location filename="../gui/session/first_run.py" line="111"/>
        <source>An administrator adds and removes workers. To keep families&apos; details private, an administrator cannot open family files.</source>
        <translation>Mae gweinyddwr yn ychwanegu ac yn tynnu gweithwyr. Er mwyn cadw manylion teuluoedd yn breifat, ni all gweinyddwr agor ffeiliau teulu.</translation>
    </message>
    <message>
        <location filename="../gui/session/first_run.py" line="119"/>
        <source>Your &amp;full name</source>
        <translation>Eich enw &amp;llawn</translation>
    </message>
    <message>
        <location filename="../gui/session/first_run.py" line="121"/>
        <source>&amp;User name</source>
        <translation>Enw &amp;defnyddiwr</translation>
    </message>
    <message>
        <location filename="../gui/session/first_run.py" line="124"/>
        <source>What you type to sign in: lower-case letters, digits, dots or dashes.</source>
        <translation>Beth rydych chi&apos;n ei deipio i fewngofnodi: llythrennau bach, rhifau, atalnodau llawn neu gysylltnodau.</translation>
    </message>
    <message>
        <location filename="../gui/session/first_run.py" line="127"/>
        <source>&amp;Password</source>
        <translation>&amp;Cyfrinair</translation>
    </message>
    <message>
        <location filename="../gui/session/first_run.py" line="131"/>
        <source>At least {n} characters. A short phrase of several words is easiest to remember and hard to guess.</source>
        <translation>O leiaf {n} nod. Ymadrodd byr o sawl gair yw&apos;r hawsaf i&apos;w gofio a&apos;r anoddaf i&apos;w ddyfalu.</translation>
    </message>
    <message>
        <location filename="../gui/session/first_run.py" line="135"/>
        <source>&amp;Confirm password</source>
        <translation>Cadarnhau&apos;r c&amp;yfrinair</translation>
    </message>
    <message>
        <location filename="../gui/session/first_run.py" line="172"/>
        <source>The two passwords are different.</source>
        <translation>Nid yw&apos;r ddau gyfrinair yr un fath.</translation>
    </message>
</context>
<context>
    <name>AdoptDirectoryDialog</name>
    <message>
        <location filename="../gui/admin/directory.py" line="79"/>
        <source>Sign the staff list – FamilyCase</source>
        <translation>Llofnodi&apos;r rhestr staff – FamilyCase</translation>
    </message>
    <message>
        <location filename="../gui/admin/directory.py" line="81"/>
        <source>FamilyCase was upgraded. From now on, who may open which family depends on a staff list signed by an administrator, so that nobody who can change the vault file can give themselves access. Check the list below: sign it only if every account and role is right. Each worker&apos;s account is tied to it the next time they sign in; you can compare each worker&apos;s fingerprint phrase with theirs.</source>
        <translation>Mae FamilyCase wedi&apos;i uwchraddio. O hyn ymlaen, mae pwy all agor pa deulu yn dibynnu ar restr staff wedi&apos;i llofnodi gan weinyddwr, fel na all neb sy&apos;n gallu newid ffeil y gladdgell roi mynediad iddo&apos;i hun. Gwiriwch y rhestr isod: llofnodwch hi dim ond os yw pob cyfrif a rôl yn gywir. Mae cyfrif pob gweithiwr yn cael ei glymu wrthi y tro nesaf y bydd yn mewngofnodi; gallwch gymharu ymadrodd olion bysedd pob gweithiwr â&apos;i un ef neu hi.</translation>
    </message>
    <message>
        <location filename="../gui/admin/directory.py" line="87"/>
        <source>&amp;Sign this staff list</source>
        <translation>&amp;Llofnodi&apos;r rhestr staff hon</translation>
    </message>
    <message>
        <location filename="../gui/admin/directory.py" line="93"/>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <location filename="../gui/admin/directory.py" line="94"/>
        <source>User name</source>
        <translation>Enw defnyddiwr</translation>
    </message>
    <message>
        <location filename="../gui/admin/directory.py" line="95"/>
        <source>Role</source>
        <translation>Rôl</translation>
    </message>
    <message>
        <location filename="../gui/admin/directory.py" line="96"/>
        <source>Active</source>
        <translation>Yn weithredol</translation>
    </message>
    <message>
        <location filename="../gui/admin/directory.py" line="97"/>
        <source>Fingerprint phrase</source>
        <translation>Ymadrodd olion bysedd</translation>
    </message>
    <message>
        <location filename="../gui/admin/directory.py" line="100"/>
        <source>Staff to sign</source>
        <translation>Staff i&apos;w llofnodi</translation>
    </message>
    <message>
        <location filename="../gui/admin/directory.py" line="111"/>
        <source>Yes</source>
        <translation>Ie</translation>
    </message>
    <message>
        <location filename="../gui/admin/directory.py" line="111"/>
        <source>No (disabled)</source>
        <translation>Na (wedi&apos;i analluogi)</translation>
    </message>
</context>
<context>
    <name>AgenciesTab</name>
    <message>
        <location filename="../gui/family_file/agencies/tab.py" line="30"/>
        <source>Agency</source>
        <translation>Asiantaeth</translation>
    </message>
    <message>
        <location filename="../gui/family_file/agencies/tab.py" line="31"/>
        <source>Type</source>
        <translation>Math</translation>
    </message>
    <message>
        <location filename="../gui/family_file/agencies/tab.py" line="32"/>
        <source>Practitioner</source>
        <translation>Ymarferydd</translation>
    </message>
    <message>
        <location filename="../gui/family_file/agencies/tab.py" line="33"/>
        <source>Contact</source>
        <translation>Cyswllt</translation>
    </message>
    <message>
        <location filename="../gui/family_file/agencies/tab.py" line="34"/>
        <source>Works with</source>
        <translation>Yn gweithio gyda</translation>
    </message>
    <message>
        <location filename="../gui/family_file/agencies/tab.py" line="35"/>
        <source>In the TAF</source>
        <translation>Yn y TAT</translation>
    </message>
    <message>
        <location filename="../gui/family_file/agencies/tab.py" line="36"/>
        <source>Since</source>
        <translation>Ers</translation>
    </message>
    <message>
        <location filename="../gui/family_file/agencies/tab.py" line="37"/>
        <source>What they do</source>
        <translation>Beth maen nhw&apos;n ei wneud</translation>
    </message>
    <message>
        <location filename="../gui/family_file/agencies/tab.py" line="40"/>
        <source>Agencies working with the family</source>
        <translation>Asiantaethau sy&apos;n gweithio gyda&apos;r teulu</translation>
    </message>
    <message>
        <location filename="../gui/family_file/agencies/tab.py" line="43"/>
        <source>&amp;Add an agency…</source>
        <translation>&amp;Ychwanegu asiantaeth…</translation>
    </message>
    <message>
        <location filename="../gui/family_file/agencies/tab.py" line="44"/>
        <source>&amp;Edit agency…</source>
        <translation>&amp;Golygu&apos;r asiantaeth…</translation>
    </message>
    <message>
        <location filename="../gui/family_file/agencies/tab.py" line="45"/>
        <source>&amp;Remove agency…</source>
        <translation>&amp;Tynnu&apos;r asiantaeth…</translation>
    </message>
    <message>
        <location filename="../gui/family_file/agencies/tab.py" line="48"/>
        <source>The Team Around the Family (TAF) is the practitioners from different agencies working one plan with the family.</source>
        <translation>Tîm o Amgylch y Teulu (TAT) yw&apos;r ymarferwyr o wahanol asiantaethau sy&apos;n gweithio i un cynllun gyda&apos;r teulu.</translation>
    </message>
    <message>
        <location filename="../gui/family_file/agencies/tab.py" line="54"/>
        <source>Agencies and practitioners</source>
        <translation>Asiantaethau ac ymarferwyr</translation>
    </message>
    <message>
        <location filename="../gui/family_file/agencies/tab.py" line="70"/>
        <source> (ended {date})</source>
        <translation> (daeth i ben {date})</translation>
    </message>
    <message>
        <location filename="../gui/family_file/agencies/tab.py" line="122"/>
        <source>Remove an agency</source>
        <translation>Tynnu asiantaeth</translation>
    </message>
    <message>
        <location filename="../gui/family_file/agencies/tab.py" line="124"/>
        <source>Remove {agency} from this family file? To show that their work has finished instead, edit it and give the date the involvement ended.</source>
        <translation>Tynnu {agency} o ffeil y teulu hon? I ddangos bod eu gwaith wedi dod i ben yn lle hynny, golygwch y cofnod a rhoi&apos;r dyddiad y daeth y gwaith i ben.</translation>
    </message>
    <message>
        <location filename="../gui/family_file/agencies/tab.py" line="127"/>
        <source>Remove {agency}</source>
        <translation>Tynnu {agency}</translation>
    </message>
    <message>
        <location filename="../gui/family_file/agencies/tab.py" line="130"/>
        <source>Could not remove the agency</source>
        <translation>Methu tynnu&apos;r asiantaeth</translation>
    </message>
</context>
<context>
    <name>AgencyDialog</name>
    <message>
        <location filename="../gui/family_file/agencies/agency_dialog.py" line="39"/>
        <source>Add an agency</source>
        <translation>Ychwanegu asiantaeth</translation>
    </message>
    <message>
        <location filename="../gui/family_file/agencies/agency_dialog.py" line="41"/>
        <source>Edit {agency}</source>
        <translation>Golygu {agency}</translation>
    </message>
    <message>
        <location filename="../gui/family_file/agencies/agency_dialog.py" line="49"/>
        <source>&amp;Agency</source>
        <translation>&amp;Asiantaeth</translation>
    </message>
    <message>
        <location filename="../gui/family_file/agencies/agency_dialog.py" line="50"/>
        <source>e.g. Demoford Primary School</source>
        <translation>e.e. Ysgol Gynradd Demoford</translation>
    </message>
    <message>
        <location filename="../gui/family_file/agencies/agency_dialog.py" line="52"/>
        <source>&amp;Type of agency</source>
        <translation>&amp;Math o asiantaeth</translation>
    </message>
    <message>
        <location filename="../gui/family_file/agencies/agency_dialog.py" line="57"/>
        <source>&amp;What they do with the family</source>
        <translation>Beth maen nhw&apos;n ei &amp;wneud gyda&apos;r teulu</translation>
    </message>
    <message>
        <location filename="../gui/family_file/agencies/agency_dialog.py" line="64"/>
        <source>&amp;Family members involved</source>
        <translation>Aelodau&apos;r &amp;teulu dan sylw</translation>
    </message>
    <message>
        <location filename="../gui/family_file/agencies/agency_dialog.py" line="69"/>
        <source>Part of the Team Around the Famil&amp;y</source>
        <translation>Yn rhan o&apos;r Tîm o Amgylch y Teul&amp;u</translation>
    </message>
    <message>
        <location filename="../gui/family_file/agencies/agency_dialog.py" line="73"/>
        <source>&amp;Involved since</source>
        <translation>Yn rhan o&apos;r gwaith e&amp;rs</translation>
    </message>
    <message>
        <location filename="../gui/family_file/agencies/agency_dialog.py" line="74"/>
        <source>Involvement &amp;ended</source>
        <translation>Daeth y gwaith i &amp;ben</translation>
    </message>
    <message>
        <location filename="../gui/family_file/agencies/agency_dialog.py" line="75"/>
        <source>Practitioner</source>
        <translation>Ymarferydd</translation>
    </message>
    <message>
        <location filename="../gui/family_file/agencies/agency_dialog.py" line="76"/>
        <source>&amp;Name</source>
        <translation>&amp;Enw</translation>
    </message>
    <message>
        <location filename="../gui/family_file/agencies/agency_dialog.py" line="77"/>
        <source>&amp;Job title</source>
        <translation>Te&amp;itl swydd</translation>
    </message>
    <message>
        <location filename="../gui/family_file/agencies/agency_dialog.py" line="78"/>
        <source>&amp;Phone</source>
        <translation>&amp;Ffôn</translation>
    </message>
    <message>
        <location filename="../gui/family_file/agencies/agency_dialog.py" line="79"/>
        <source>E&amp;mail</source>
        <translation>E-bo&amp;st</translation>
    </message>
    <message>
        <location filename="../gui/family_file/agencies/agency_dialog.py" line="105"/>
        <source>Agency: {name}</source>
        <translation>Asiantaeth: {name}</translation>
    </message>
    <message>
        <location filename="../gui/family_file/agencies/agency_dialog.py" line="105"/>
        <source>no name</source>
        <translation>dim enw</translation>
    </message>
</context>
<context>
    <name>AlertBanner</name>
    <message>
        <location filename="../gui/family_file/risks/banner.py" line="21"/>
        <source>Current risk and alert flags</source>
        <translation>Baneri risg a rhybudd cyfredol</translation>
    </message>
    <message>
        <location filename="../gui/family_file/risks/banner.py" line="33"/>
        <source>whole family</source>
        <translation>y teulu cyfan</translation>
    </message>
    <message>
        <location filename="../gui/family_file/risks/banner.py" line="35"/>
        <source>{kind} ({about}, since {date})</source>
        <translation>{kind} ({about}, ers {date})</translation>
    </message>
</context>
<context>
    <name>AllocateDialog</name>
    <message>
        <location filename="../gui/team/allocate_dialog.py" line="43"/>
        <source>Change the lead professional</source>
        <translation>Newid y gweithiwr proffesiynol arweiniol</translation>
    </message>
    <message>
        <location filename="../gui/team/allocate_dialog.py" line="45"/>
        <source>Allocate a lead professional</source>
        <translation>Dyrannu gweithiwr proffesiynol arweiniol</translation>
    </message>
    <message>
        <location filename="../gui/team/allocate_dialog.py" line="59"/>
        <source>{family}. Lead professional now: {lead}.</source>
        <translation>{family}. Gweithiwr proffesiynol arweiniol nawr: {lead}.</translation>
    </message>
    <message>
        <location filename="../gui/team/allocate_dialog.py" line="60"/>
        <source>nobody</source>
        <translation>neb</translation>
    </message>
    <message>
        <location filename="../gui/team/allocate_dialog.py" line="70"/>
        <source>&amp;Lead professional</source>
        <translation>Gweithiwr proffesiynol &amp;arweiniol</translation>
    </message>
    <message>
        <location filename="../gui/team/allocate_dialog.py" line="71"/>
        <source>Reading the team&apos;s caseloads…</source>
        <translation>Wrthi&apos;n darllen llwythi achosion y tîm…</translation>
    </message>
    <message>
        <location filename="../gui/team/allocate_dialog.py" line="75"/>
        <source>&amp;Reason</source>
        <translation>&amp;Rheswm</translation>
    </message>
    <message>
        <location filename="../gui/team/allocate_dialog.py" line="78"/>
        <source>e.g. knows the school; capacity; family asked for a change</source>
        <translation>e.e. yn adnabod yr ysgol; capasiti; y teulu wedi gofyn am newid</translation>
    </message>
    <message>
        <location filename="../gui/team/allocate_dialog.py" line="82"/>
        <source>They will be able to open this family&apos;s file from their next sign-in. The previous lead professional loses access unless they lead the team.</source>
        <translation>Byddan nhw&apos;n gallu agor ffeil y teulu hwn y tro nesaf y byddan nhw&apos;n mewngofnodi. Mae&apos;r gweithiwr proffesiynol arweiniol blaenorol yn colli mynediad oni bai ei fod yn arwain y tîm.</translation>
    </message>
    <message>
        <location filename="../gui/team/allocate_dialog.py" line="86"/>
        <source>They will be able to open this family&apos;s file from their next sign-in.</source>
        <translation>Byddan nhw&apos;n gallu agor ffeil y teulu hwn y tro nesaf y byddan nhw&apos;n mewngofnodi.</translation>
    </message>
    <message>
        <location filename="../gui/team/allocate_dialog.py" line="91"/>
        <source>&amp;Allocate</source>
        <translation>&amp;Dyrannu</translation>
    </message>
    <message>
        <location filename="../gui/team/allocate_dialog.py" line="113"/>
        <source>{families}, weight {weight}</source>
        <translation>{families}, pwysau {weight}</translation>
    </message>
    <message>
        <location filename="../gui/team/allocate_dialog.py" line="132"/>
        <source>Waiting for allocation for {days} days.</source>
        <translation>Yn aros i gael ei ddyrannu ers {days} o ddiwrnodau.</translation>
    </message>
    <message>
        <location filename="../gui/team/allocate_dialog.py" line="136"/>
        <source>Suggested: {name}. {why}</source>
        <translation>Awgrym: {name}. {why}</translation>
    </message>
    <message>
        <location filename="../gui/team/allocate_dialog.py" line="149"/>
        <source>Allocation of {family}</source>
        <translation>Dyrannu {family}</translation>
    </message>
    <message>
        <location filename="../gui/team/allocate_dialog.py" line="160"/>
        <source>Allocated</source>
        <translation>Wedi&apos;i ddyrannu</translation>
    </message>
    <message>
        <location filename="../gui/team/allocate_dialog.py" line="166"/>
        <source>{reference} is allocated to {name}, who now leads {families} (caseload weight {weight}; the cap is {cap}).</source>
        <translation>Mae {reference} wedi&apos;i ddyrannu i {name}, sydd bellach yn arwain {families} (pwysau&apos;r llwyth achosion {weight}; yr uchafswm yw {cap}).</translation>
    </message>
    <message>
        <location filename="../gui/team/allocate_dialog.py" line="176"/>
        <source>{name} is no longer the lead professional.</source>
        <translation>Nid {name} yw&apos;r gweithiwr proffesiynol arweiniol mwyach.</translation>
    </message>
    <message>
        <location filename="../gui/team/allocate_dialog.py" line="180"/>
        <source>This is over the cap.</source>
        <translation>Mae hyn dros yr uchafswm.</translation>
    </message>
</context>
<context>
    <name>AppShortcuts</name>
    <message>
        <location filename="more_messages.py" line="118"/>
        <source>Lock FamilyCase (from any window or dialog)</source>
        <translation>Cloi FamilyCase (o unrhyw ffenestr neu ddeialog)</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="120"/>
        <source>Find a family (from any window or dialog)</source>
        <translation>Dod o hyd i deulu (o unrhyw ffenestr neu ddeialog)</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="122"/>
        <source>This list of keys</source>
        <translation>Y rhestr hon o fysellau</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="124"/>
        <source>New family (main window)</source>
        <translation>Teulu newydd (y brif ffenestr)</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="126"/>
        <source>Switch list (main window)</source>
        <translation>Newid rhestr (y brif ffenestr)</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="128"/>
        <source>Go to a section of the family file</source>
        <translation>Mynd i adran o ffeil y teulu</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="130"/>
        <source>Close the family file</source>
        <translation>Cau ffeil y teulu</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="132"/>
        <source>Read the list or the family file again</source>
        <translation>Darllen y rhestr neu ffeil y teulu eto</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="134"/>
        <source>Alt + underlined letter</source>
        <translation>Alt + y llythyren â llinell oddi tani</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="136"/>
        <source>Go to that field or button</source>
        <translation>Mynd i&apos;r maes neu&apos;r botwm hwnnw</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="138"/>
        <source>Next / previous field</source>
        <translation>Y maes nesaf / blaenorol</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="140"/>
        <source>Save a form or a contact note</source>
        <translation>Cadw ffurflen neu nodyn cyswllt</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="142"/>
        <source>Close a dialog (you are asked about unsaved changes)</source>
        <translation>Cau deialog (rydych chi&apos;n cael cwestiwn am newidiadau heb eu cadw)</translation>
    </message>
</context>
<context>
    <name>AssessmentDialog</name>
    <message>
        <location filename="../gui/family_file/assessments/assessment_dialog.py" line="63"/>
        <source>Si&amp;gn off…</source>
        <translation>C&amp;ymeradwyo…</translation>
    </message>
    <message>
        <location filename="../gui/family_file/assessments/assessment_dialog.py" line="64"/>
        <source>&amp;Return to draft…</source>
        <translation>Yn ôl i dd&amp;rafft…</translation>
    </message>
    <message>
        <location filename="../gui/family_file/assessments/assessment_dialog.py" line="67"/>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <location filename="../gui/family_file/assessments/assessment_dialog.py" line="85"/>
        <source>“{form}” (draft)</source>
        <translation>“{form}” (drafft)</translation>
    </message>
    <message>
        <location filename="../gui/family_file/assessments/assessment_dialog.py" line="154"/>
        <source>Draft saved at {time}.</source>
        <translation>Cadwyd y drafft am {time}.</translation>
    </message>
    <message>
        <location filename="../gui/family_file/assessments/assessment_dialog.py" line="202"/>
        <source>Close the assessment</source>
        <translation>Cau&apos;r asesiad</translation>
    </message>
</context>
<context>
    <name>AssessmentForm</name>
    <message>
        <location filename="more_messages.py" line="520"/>
        <source>Sections</source>
        <translation>Adrannau</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="522"/>
        <source>Questions marked * must be answered before the form is complete.</source>
        <translation>Rhaid ateb y cwestiynau sydd â * cyn bod y ffurflen yn gyflawn.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="524"/>
        <source>&amp;Save draft</source>
        <translation>&amp;Cadw&apos;r drafft</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="526"/>
        <source>Mark as &amp;complete</source>
        <translation>Marcio&apos;n &amp;gyflawn</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="528"/>
        <source>someone no longer in the family file</source>
        <translation>rhywun nad yw yn ffeil y teulu mwyach</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="530"/>
        <source>Who contributed</source>
        <translation>Pwy gyfrannodd</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="532"/>
        <source>e.g. Demoford Primary School, health visitor</source>
        <translation>e.e. Ysgol Gynradd Demoford, ymwelydd iechyd</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="534"/>
        <source>Other agencies that contributed</source>
        <translation>Asiantaethau eraill a gyfrannodd</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="536"/>
        <source>Nobody in this assessment is in this part of the form.</source>
        <translation>Does neb yn yr asesiad hwn yn y rhan hon o&apos;r ffurflen.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="538"/>
        <source>1 question needs attention.</source>
        <translation>Mae angen sylw ar 1 cwestiwn.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="540"/>
        <source>Other agencies that contributed (separate with commas)</source>
        <translation>Asiantaethau eraill a gyfrannodd (rhowch goma rhyngddyn nhw)</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="542"/>
        <source>Required</source>
        <translation>Rhaid ateb</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="544"/>
        <source>{status} — about {people} — version {version}</source>
        <translation>{status} — am {people} — fersiwn {version}</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="546"/>
        <source>{n} questions need attention.</source>
        <translation>Mae angen sylw ar {n} o gwestiynau.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="548"/>
        <source>This {message}</source>
        <translation>Mae hwn: {message}</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="550"/>
        <source>About {name}</source>
        <translation>Am {name}</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="552"/>
        <source>Not answered</source>
        <translation>Heb ei ateb</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="554"/>
        <source>Yes</source>
        <translation>Ie</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="556"/>
        <source>No</source>
        <translation>Na</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="558"/>
        <source>what is going well</source>
        <translation>beth sy&apos;n mynd yn dda</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="560"/>
        <source>what needs to change</source>
        <translation>beth sydd angen newid</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="562"/>
        <source>What is going well</source>
        <translation>Beth sy&apos;n mynd yn dda</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="564"/>
        <source>What needs to change</source>
        <translation>Beth sydd angen newid</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="566"/>
        <source>Who told us:</source>
        <translation>Pwy ddwedodd wrthon ni:</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="568"/>
        <source>told us: </source>
        <translation>wedi dweud wrthon ni: </translation>
    </message>
    <message>
        <location filename="more_messages.py" line="570"/>
        <source>We see this differently</source>
        <translation>Rydyn ni&apos;n gweld hyn yn wahanol</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="572"/>
        <source>not given</source>
        <translation>heb ei roi</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="574"/>
        <source>Family&apos;s score</source>
        <translation>Sgôr y teulu</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="576"/>
        <source>How the family sees it</source>
        <translation>Sut mae&apos;r teulu&apos;n ei weld</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="578"/>
        <source>Worker&apos;s score</source>
        <translation>Sgôr y gweithiwr</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="580"/>
        <source>How the worker sees it</source>
        <translation>Sut mae&apos;r gweithiwr yn ei weld</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="582"/>
        <source>Not scored yet.</source>
        <translation>Dim sgôr eto.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1460"/>
        <source>Worker</source>
        <translation>Gweithiwr</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1462"/>
        <source>Parent or carer</source>
        <translation>Rhiant neu ofalwr</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1464"/>
        <source>Child or young person</source>
        <translation>Plentyn neu berson ifanc</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1466"/>
        <source>Other family member</source>
        <translation>Aelod arall o&apos;r teulu</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1468"/>
        <source>Another agency</source>
        <translation>Asiantaeth arall</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1470"/>
        <source>Draft</source>
        <translation>Drafft</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1472"/>
        <source>Complete</source>
        <translation>Cyflawn</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1474"/>
        <source>Signed off</source>
        <translation>Wedi&apos;i gymeradwyo</translation>
    </message>
</context>
<context>
    <name>AssessmentsTab</name>
    <message>
        <location filename="../gui/family_file/assessments/tab.py" line="102"/>
        <source>Form</source>
        <translation>Ffurflen</translation>
    </message>
    <message>
        <location filename="../gui/family_file/assessments/tab.py" line="103"/>
        <source>About</source>
        <translation>Am</translation>
    </message>
    <message>
        <location filename="../gui/family_file/assessments/tab.py" line="104"/>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <location filename="../gui/family_file/assessments/tab.py" line="105"/>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <location filename="../gui/family_file/assessments/tab.py" line="106"/>
        <source>Completed</source>
        <translation>Wedi&apos;i gwblhau</translation>
    </message>
    <message>
        <location filename="../gui/family_file/assessments/tab.py" line="107"/>
        <location filename="more_messages.py" line="588"/>
        <source>Signed off</source>
        <translation>Wedi&apos;i gymeradwyo</translation>
    </message>
    <message>
        <location filename="../gui/family_file/assessments/tab.py" line="108"/>
        <source>Who contributed</source>
        <translation>Pwy gyfrannodd</translation>
    </message>
    <message>
        <location filename="../gui/family_file/assessments/tab.py" line="111"/>
        <source>Assessments and outcome readings</source>
        <translation>Asesiadau a darlleniadau canlyniadau</translation>
    </message>
    <message>
        <location filename="../gui/family_file/assessments/tab.py" line="115"/>
        <source>&amp;Start a new assessment…</source>
        <translation>&amp;Dechrau asesiad newydd…</translation>
    </message>
    <message>
        <location filename="../gui/family_file/assessments/tab.py" line="116"/>
        <source>&amp;Open</source>
        <translation>&amp;Agor</translation>
    </message>
    <message>
        <location filename="../gui/family_file/assessments/tab.py" line="117"/>
        <source>Si&amp;gn off…</source>
        <translation>C&amp;ymeradwyo…</translation>
    </message>
    <message>
        <location filename="../gui/family_file/assessments/tab.py" line="118"/>
        <source>&amp;Return to draft…</source>
        <translation>Yn ôl i dd&amp;rafft…</translation>
    </message>
    <message>
        <location filename="../gui/family_file/assessments/tab.py" line="124"/>
        <source>No assessments yet. Start an Early Help Assessment with the family, or take an outcome reading with the Family Progress Measure.</source>
        <translation>Dim asesiadau eto. Dechreuwch Asesiad Cymorth Cynnar gyda&apos;r teulu, neu cymerwch ddarlleniad canlyniadau gyda Mesur Cynnydd y Teulu.</translation>
    </message>
    <message>
        <location filename="../gui/family_file/assessments/tab.py" line="134"/>
        <source>Assessments stay drafts until they are marked complete; a team leader then signs them off. A completed Family Progress Measure is an outcome reading (see Outcomes).</source>
        <translation>Mae asesiadau&apos;n aros yn ddrafftiau nes eu bod wedi&apos;u marcio&apos;n gyflawn; wedyn mae arweinydd tîm yn eu cymeradwyo. Mae Mesur Cynnydd y Teulu wedi&apos;i gwblhau yn ddarlleniad canlyniadau (gweler Canlyniadau).</translation>
    </message>
    <message>
        <location filename="../gui/family_file/assessments/tab.py" line="143"/>
        <source>Assessments and readings</source>
        <translation>Asesiadau a darlleniadau</translation>
    </message>
    <message>
        <location filename="../gui/family_file/assessments/tab.py" line="157"/>
        <source>Could not list the assessments</source>
        <translation>Methu rhestru&apos;r asesiadau</translation>
    </message>
    <message>
        <location filename="../gui/family_file/assessments/tab.py" line="210"/>
        <source>Could not list the forms</source>
        <translation>Methu rhestru&apos;r ffurflenni</translation>
    </message>
    <message>
        <location filename="../gui/family_file/assessments/tab.py" line="241"/>
        <source>Could not open the assessment</source>
        <translation>Methu agor yr asesiad</translation>
    </message>
    <message>
        <location filename="../gui/family_file/assessments/tab.py" line="264"/>
        <source>Sign off the assessment</source>
        <translation>Cymeradwyo&apos;r asesiad</translation>
    </message>
    <message>
        <location filename="../gui/family_file/assessments/tab.py" line="266"/>
        <source>Sign off “{form}”? Once signed off it cannot be changed; a new assessment is needed to record anything different.</source>
        <translation>Cymeradwyo “{form}”? Ar ôl ei gymeradwyo, ni ellir ei newid; bydd angen asesiad newydd i gofnodi unrhyw beth gwahanol.</translation>
    </message>
    <message>
        <location filename="../gui/family_file/assessments/tab.py" line="269"/>
        <source>&amp;Sign off</source>
        <translation>&amp;Cymeradwyo</translation>
    </message>
    <message>
        <location filename="../gui/family_file/assessments/tab.py" line="272"/>
        <source>Could not sign off the assessment</source>
        <translation>Methu cymeradwyo&apos;r asesiad</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="584"/>
        <source>Draft</source>
        <translation>Drafft</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="586"/>
        <source>Complete</source>
        <translation>Cyflawn</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="590"/>
        <source>The household ({n} people)</source>
        <translation>Yr aelwyd ({n} o bobl)</translation>
    </message>
</context>
<context>
    <name>AuditWindow</name>
    <message>
        <location filename="../gui/admin/audit.py" line="176"/>
        <source>Audit log – FamilyCase</source>
        <translation>Log archwilio – FamilyCase</translation>
    </message>
    <message>
        <location filename="../gui/admin/audit.py" line="189"/>
        <source>Anyone</source>
        <translation>Unrhyw un</translation>
    </message>
    <message>
        <location filename="../gui/admin/audit.py" line="191"/>
        <source>e.g. FC-000123</source>
        <translation>e.e. FC-000123</translation>
    </message>
    <message>
        <location filename="../gui/admin/audit.py" line="193"/>
        <source>Any action</source>
        <translation>Unrhyw weithred</translation>
    </message>
    <message>
        <location filename="../gui/admin/audit.py" line="203"/>
        <source>&amp;Worker</source>
        <translation>&amp;Gweithiwr</translation>
    </message>
    <message>
        <location filename="../gui/admin/audit.py" line="204"/>
        <source>&amp;Family reference</source>
        <translation>Cyfeirnod y &amp;teulu</translation>
    </message>
    <message>
        <location filename="../gui/admin/audit.py" line="205"/>
        <source>A&amp;ction</source>
        <translation>Gweith&amp;red</translation>
    </message>
    <message>
        <location filename="../gui/admin/audit.py" line="206"/>
        <source>Fro&amp;m</source>
        <translation>&amp;O ddyddiad</translation>
    </message>
    <message>
        <location filename="../gui/admin/audit.py" line="207"/>
        <source>&amp;To</source>
        <translation>&amp;Hyd at</translation>
    </message>
    <message>
        <location filename="../gui/admin/audit.py" line="215"/>
        <source>&amp;Show entries</source>
        <translation>&amp;Dangos y cofnodion</translation>
    </message>
    <message>
        <location filename="../gui/admin/audit.py" line="217"/>
        <source>C&amp;lear filters</source>
        <translation>C&amp;lirio&apos;r hidlwyr</translation>
    </message>
    <message>
        <location filename="../gui/admin/audit.py" line="228"/>
        <source>Time</source>
        <translation>Amser</translation>
    </message>
    <message>
        <location filename="../gui/admin/audit.py" line="229"/>
        <source>Worker</source>
        <translation>Gweithiwr</translation>
    </message>
    <message>
        <location filename="../gui/admin/audit.py" line="230"/>
        <source>Action</source>
        <translation>Gweithred</translation>
    </message>
    <message>
        <location filename="../gui/admin/audit.py" line="231"/>
        <source>What</source>
        <translation>Beth</translation>
    </message>
    <message>
        <location filename="../gui/admin/audit.py" line="232"/>
        <source>Details</source>
        <translation>Manylion</translation>
    </message>
    <message>
        <location filename="../gui/admin/audit.py" line="235"/>
        <source>Audit entries</source>
        <translation>Cofnodion archwilio</translation>
    </message>
    <message>
        <location filename="../gui/admin/audit.py" line="238"/>
        <source>&amp;Export as CSV…</source>
        <translation>&amp;Allforio fel CSV…</translation>
    </message>
    <message>
        <location filename="../gui/admin/audit.py" line="240"/>
        <source>Save the entries shown as a CSV file (it leaves the encrypted vault)</source>
        <translation>Cadw&apos;r cofnodion sydd i&apos;w gweld fel ffeil CSV (mae&apos;n gadael y gladdgell wedi&apos;i hamgryptio)</translation>
    </message>
    <message>
        <location filename="../gui/admin/audit.py" line="243"/>
        <source>Check the audit chain and &amp;records</source>
        <translation>Gwirio&apos;r gadwyn archwilio a&apos;r &amp;cofnodion</translation>
    </message>
    <message>
        <location filename="../gui/admin/audit.py" line="245"/>
        <source>Check that nothing in the audit log or the family files has been altered</source>
        <translation>Gwirio nad oes dim yn y log archwilio nac yn ffeiliau&apos;r teuluoedd wedi&apos;i newid</translation>
    </message>
    <message>
        <location filename="../gui/admin/audit.py" line="249"/>
        <source>Result of the check</source>
        <translation>Canlyniad y gwiriad</translation>
    </message>
    <message>
        <location filename="../gui/admin/audit.py" line="251"/>
        <source>The result of the check appears here; it can take a minute.</source>
        <translation>Mae canlyniad y gwiriad yn ymddangos yma; gall gymryd munud.</translation>
    </message>
    <message>
        <location filename="../gui/admin/audit.py" line="263"/>
        <source>Details of the selected entry</source>
        <translation>Manylion y cofnod a ddewiswyd</translation>
    </message>
    <message>
        <location filename="../gui/admin/audit.py" line="271"/>
        <location filename="../gui/admin/audit.py" line="306"/>
        <source>Audit log</source>
        <translation>Log archwilio</translation>
    </message>
    <message>
        <location filename="../gui/admin/audit.py" line="274"/>
        <source>Family</source>
        <translation>Teulu</translation>
    </message>
    <message>
        <location filename="../gui/admin/audit.py" line="275"/>
        <source>Decided</source>
        <translation>Penderfynwyd</translation>
    </message>
    <message>
        <location filename="../gui/admin/audit.py" line="276"/>
        <source>Agency</source>
        <translation>Asiantaeth</translation>
    </message>
    <message>
        <location filename="../gui/admin/audit.py" line="277"/>
        <source>Purpose</source>
        <translation>Diben</translation>
    </message>
    <message>
        <location filename="../gui/admin/audit.py" line="278"/>
        <source>Information</source>
        <translation>Gwybodaeth</translation>
    </message>
    <message>
        <location filename="../gui/admin/audit.py" line="279"/>
        <source>Reason</source>
        <translation>Rheswm</translation>
    </message>
    <message>
        <location filename="../gui/admin/audit.py" line="280"/>
        <source>Lawful basis</source>
        <translation>Sail gyfreithlon</translation>
    </message>
    <message>
        <location filename="../gui/admin/audit.py" line="281"/>
        <source>Decided by</source>
        <translation>Penderfynwyd gan</translation>
    </message>
    <message>
        <location filename="../gui/admin/audit.py" line="282"/>
        <source>Applies until</source>
        <translation>Yn berthnasol tan</translation>
    </message>
    <message>
        <location filename="../gui/admin/audit.py" line="285"/>
        <source>Sharing without consent in the team</source>
        <translation>Rhannu heb ganiatâd yn y tîm</translation>
    </message>
    <message>
        <location filename="../gui/admin/audit.py" line="293"/>
        <source>Every decision in your team&apos;s families to share information without consent, newest first.</source>
        <translation>Pob penderfyniad yn nheuluoedd eich tîm i rannu gwybodaeth heb ganiatâd, y diweddaraf yn gyntaf.</translation>
    </message>
    <message>
        <location filename="../gui/admin/audit.py" line="301"/>
        <source>Sharing without consent</source>
        <translation>Rhannu heb ganiatâd</translation>
    </message>
    <message>
        <location filename="../gui/admin/audit.py" line="354"/>
        <source>Sharing without consent ({n})</source>
        <translation>Rhannu heb ganiatâd ({n})</translation>
    </message>
    <message>
        <location filename="../gui/admin/audit.py" line="361"/>
        <source>From</source>
        <translation>O</translation>
    </message>
    <message>
        <location filename="../gui/admin/audit.py" line="361"/>
        <source>To</source>
        <translation>I</translation>
    </message>
    <message>
        <location filename="../gui/admin/audit.py" line="364"/>
        <source>{name} is not a date we recognise (use 25/11/2026).</source>
        <translation>Nid yw {name} yn ddyddiad rydyn ni&apos;n ei adnabod (defnyddiwch 25/11/2026).</translation>
    </message>
    <message>
        <location filename="../gui/admin/audit.py" line="370"/>
        <source>The &apos;To&apos; date is before the &apos;From&apos; date.</source>
        <translation>Mae&apos;r dyddiad &apos;Hyd at&apos; cyn y dyddiad &apos;O ddyddiad&apos;.</translation>
    </message>
    <message>
        <location filename="../gui/admin/audit.py" line="433"/>
        <source>(nobody signed in)</source>
        <translation>(neb wedi mewngofnodi)</translation>
    </message>
    <message>
        <location filename="../gui/admin/audit.py" line="423"/>
        <source>{n} entries, newest first</source>
        <translation>{n} o gofnodion, y diweddaraf yn gyntaf</translation>
    </message>
    <message>
        <location filename="../gui/admin/audit.py" line="425"/>
        <source> (only the newest {n} are shown: narrow the filters)</source>
        <translation> (dim ond y {n} diweddaraf sydd i&apos;w gweld: culhewch yr hidlwyr)</translation>
    </message>
    <message>
        <location filename="../gui/admin/audit.py" line="436"/>
        <source>{who}, on the laptop {laptop}</source>
        <translation>{who}, ar y gliniadur {laptop}</translation>
    </message>
    <message>
        <location filename="../gui/admin/audit.py" line="451"/>
        <source>Export the audit log</source>
        <translation>Allforio&apos;r log archwilio</translation>
    </message>
    <message>
        <location filename="../gui/admin/audit.py" line="453"/>
        <source>The {n} entries shown will be saved as a CSV file outside the encrypted vault. Anyone who can open the file can read who looked at which family. The export itself is recorded in the audit log.</source>
        <translation>Bydd y {n} o gofnodion sydd i&apos;w gweld yn cael eu cadw fel ffeil CSV y tu allan i&apos;r gladdgell wedi&apos;i hamgryptio. Gall unrhyw un sy&apos;n gallu agor y ffeil weld pwy edrychodd ar ba deulu. Mae&apos;r allforio ei hun yn cael ei gofnodi yn y log archwilio.</translation>
    </message>
    <message>
        <location filename="../gui/admin/audit.py" line="459"/>
        <source>Choose where to save</source>
        <translation>Dewis ble i gadw</translation>
    </message>
    <message>
        <location filename="../gui/admin/audit.py" line="460"/>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <location filename="../gui/admin/audit.py" line="474"/>
        <source>Save the audit log as CSV</source>
        <translation>Cadw&apos;r log archwilio fel CSV</translation>
    </message>
    <message>
        <location filename="../gui/admin/audit.py" line="476"/>
        <source>CSV files (*.csv)</source>
        <translation>Ffeiliau CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../gui/admin/audit.py" line="495"/>
        <source>Audit log exported</source>
        <translation>Log archwilio wedi&apos;i allforio</translation>
    </message>
    <message>
        <location filename="../gui/admin/audit.py" line="497"/>
        <source>Saved to {path} (not encrypted). Delete it when it is no longer needed.</source>
        <translation>Wedi&apos;i gadw yn {path} (heb ei amgryptio). Dilëwch y ffeil pan nad oes ei hangen mwyach.</translation>
    </message>
    <message>
        <location filename="../gui/admin/audit.py" line="504"/>
        <source>Checking… this can take a minute.</source>
        <translation>Wrthi&apos;n gwirio… gall hyn gymryd munud.</translation>
    </message>
    <message>
        <location filename="../gui/admin/audit.py" line="517"/>
        <source>Nothing has been altered.</source>
        <translation>Does dim wedi&apos;i newid.</translation>
    </message>
    <message>
        <location filename="../gui/admin/audit.py" line="519"/>
        <source>Problems were found: tell your administrator now.</source>
        <translation>Cafwyd hyd i broblemau: dywedwch wrth eich gweinyddwr nawr.</translation>
    </message>
</context>
<context>
    <name>AutoLockWarning</name>
    <message>
        <location filename="../gui/session/auto_lock.py" line="45"/>
        <source>FamilyCase is about to lock</source>
        <translation>Mae FamilyCase ar fin cloi</translation>
    </message>
    <message>
        <location filename="../gui/session/auto_lock.py" line="57"/>
        <source>Nobody has used FamilyCase for a while, so it will lock to keep families&apos; details safe. These changes cannot be saved as they are and will be lost:</source>
        <translation>Does neb wedi defnyddio FamilyCase ers tipyn, felly bydd yn cloi i gadw manylion teuluoedd yn ddiogel. Ni ellir cadw&apos;r newidiadau hyn fel y maen nhw, a byddan nhw&apos;n cael eu colli:</translation>
    </message>
    <message>
        <location filename="../gui/session/auto_lock.py" line="65"/>
        <source>These will be saved before it locks:</source>
        <translation>Bydd y rhain yn cael eu cadw cyn iddo gloi:</translation>
    </message>
    <message>
        <location filename="../gui/session/auto_lock.py" line="69"/>
        <source>Move the mouse or press a key to keep working.</source>
        <translation>Symudwch y llygoden neu pwyswch fysell i barhau i weithio.</translation>
    </message>
    <message>
        <location filename="../gui/session/auto_lock.py" line="76"/>
        <source>&amp;Keep working</source>
        <translation>&amp;Parhau i weithio</translation>
    </message>
    <message>
        <location filename="../gui/session/auto_lock.py" line="119"/>
        <source>FamilyCase will lock in 1 second</source>
        <translation>Bydd FamilyCase yn cloi ymhen 1 eiliad</translation>
    </message>
    <message>
        <location filename="../gui/session/auto_lock.py" line="121"/>
        <source>FamilyCase will lock in {n} seconds</source>
        <translation>Bydd FamilyCase yn cloi ymhen {n} eiliad</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <location filename="../gui/reporting/chart.py" line="42"/>
        <source>Nothing in this period.</source>
        <translation>Dim byd yn y cyfnod hwn.</translation>
    </message>
</context>
<context>
    <name>BaselineDialog</name>
    <message>
        <location filename="../gui/family_file/costs/baseline_dialog.py" line="23"/>
        <source>Add service use before the work</source>
        <translation>Ychwanegu defnydd o wasanaethau cyn y gwaith</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/baseline_dialog.py" line="29"/>
        <source>What the family used before the work started, for example 4 police call-outs in the 6 months before referral. It shows where the family started from.</source>
        <translation>Beth roedd y teulu&apos;n ei ddefnyddio cyn i&apos;r gwaith ddechrau, er enghraifft 4 galwad at yr heddlu yn y 6 mis cyn yr atgyfeiriad. Mae&apos;n dangos ble roedd y teulu ar y dechrau.</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/baseline_dialog.py" line="34"/>
        <source>&amp;From</source>
        <translation>&amp;O ddyddiad</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/baseline_dialog.py" line="36"/>
        <source>&amp;To</source>
        <translation>&amp;Hyd at</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/baseline_dialog.py" line="38"/>
        <source>Ser&amp;vice used</source>
        <translation>&amp;Gwasanaeth a ddefnyddiwyd</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/baseline_dialog.py" line="39"/>
        <source>How &amp;many</source>
        <translation>&amp;Sawl un</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/baseline_dialog.py" line="40"/>
        <source>&amp;Unit</source>
        <translation>&amp;Uned</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/baseline_dialog.py" line="40"/>
        <source>For example: visits</source>
        <translation>Er enghraifft: ymweliadau</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/baseline_dialog.py" line="42"/>
        <source>Unit cost &amp;code (optional)</source>
        <translation>Cod cost un&amp;ed (dewisol)</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/baseline_dialog.py" line="45"/>
        <source>A GMCA code such as CR2.0.2, if one fits.</source>
        <translation>Cod GMCA fel CR2.0.2, os oes un yn addas.</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/baseline_dialog.py" line="47"/>
        <source>&amp;Agency</source>
        <translation>&amp;Asiantaeth</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/baseline_dialog.py" line="49"/>
        <source>Where the fi&amp;gures come from</source>
        <translation>O ble daw&apos;r &amp;ffigurau</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/baseline_dialog.py" line="56"/>
        <source>Service use before the work: {what}</source>
        <translation>Defnydd o wasanaethau cyn y gwaith: {what}</translation>
    </message>
</context>
<context>
    <name>BringBackDialog</name>
    <message>
        <location filename="../gui/replicas/bring_back_dialog.py" line="39"/>
        <source>Bring my families back</source>
        <translation>Dod â&apos;m teuluoedd yn ôl</translation>
    </message>
    <message>
        <location filename="../gui/replicas/bring_back_dialog.py" line="43"/>
        <source>On this laptop: {refs}.</source>
        <translation>Ar y gliniadur hwn: {refs}.</translation>
    </message>
    <message>
        <location filename="../gui/replicas/bring_back_dialog.py" line="45"/>
        <source>No families are on this laptop now.</source>
        <translation>Does dim teuluoedd ar y gliniadur hwn nawr.</translation>
    </message>
    <message>
        <location filename="../gui/replicas/bring_back_dialog.py" line="49"/>
        <source>Team store: {team}</source>
        <translation>Storfa&apos;r tîm: {team}</translation>
    </message>
    <message>
        <location filename="../gui/replicas/bring_back_dialog.py" line="52"/>
        <source>What bringing families back does</source>
        <translation>Beth mae dod â theuluoedd yn ôl yn ei wneud</translation>
    </message>
    <message>
        <location filename="../gui/replicas/bring_back_dialog.py" line="55"/>
        <source>Each family&apos;s changes go back to the team store, with your audit entries, and the family is then removed from this laptop. If the connection drops, run this again: nothing is applied twice and nothing is lost.</source>
        <translation>Mae newidiadau pob teulu&apos;n mynd yn ôl i storfa&apos;r tîm, gyda&apos;ch cofnodion archwilio, ac yna caiff y teulu ei dynnu oddi ar y gliniadur hwn. Os bydd y cysylltiad yn torri, gwnewch hyn eto: does dim yn cael ei wneud ddwywaith a does dim yn cael ei golli.</translation>
    </message>
    <message>
        <location filename="../gui/replicas/bring_back_dialog.py" line="64"/>
        <source>Your team server password</source>
        <translation>Eich cyfrinair ar gyfer gweinydd y tîm</translation>
    </message>
    <message>
        <location filename="../gui/replicas/bring_back_dialog.py" line="65"/>
        <source>Team server &amp;password:</source>
        <translation>&amp;Cyfrinair gweinydd y tîm:</translation>
    </message>
    <message>
        <location filename="../gui/replicas/bring_back_dialog.py" line="77"/>
        <source>&amp;Bring them back</source>
        <translation>&amp;Dod â nhw&apos;n ôl</translation>
    </message>
    <message>
        <location filename="../gui/replicas/bring_back_dialog.py" line="97"/>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <location filename="../gui/replicas/bring_back_dialog.py" line="97"/>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <location filename="../gui/replicas/bring_back_dialog.py" line="101"/>
        <source>Stopped. The families already back are on the team store; the rest are still on this laptop. Bring them back again to finish.</source>
        <translation>Wedi stopio. Mae&apos;r teuluoedd sydd eisoes yn ôl ar storfa&apos;r tîm; mae&apos;r lleill yn dal ar y gliniadur hwn. Dewch â nhw&apos;n ôl eto i orffen.</translation>
    </message>
    <message>
        <location filename="../gui/replicas/bring_back_dialog.py" line="133"/>
        <source>Type your team server password, then try again.</source>
        <translation>Teipiwch eich cyfrinair ar gyfer gweinydd y tîm, yna rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <location filename="../gui/replicas/bring_back_dialog.py" line="145"/>
        <source>On the team store, the family&apos;s window shows them (Conflicting versions…).</source>
        <translation>Ar storfa&apos;r tîm, mae ffenestr y teulu yn eu dangos (Fersiynau sy&apos;n gwrthdaro…).</translation>
    </message>
</context>
<context>
    <name>CaseloadFilterBar</name>
    <message>
        <location filename="../gui/caseload/filters.py" line="30"/>
        <source>Open work (not closed)</source>
        <translation>Gwaith ar agor (heb gau)</translation>
    </message>
    <message>
        <location filename="../gui/caseload/filters.py" line="31"/>
        <source>Any status</source>
        <translation>Unrhyw statws</translation>
    </message>
    <message>
        <location filename="../gui/caseload/filters.py" line="35"/>
        <source>Any tier</source>
        <translation>Unrhyw haen</translation>
    </message>
    <message>
        <location filename="../gui/caseload/filters.py" line="44"/>
        <source>Needs &amp;attention</source>
        <translation>Angen s&amp;ylw</translation>
    </message>
    <message>
        <location filename="../gui/caseload/filters.py" line="47"/>
        <source>Only families whose review is overdue or who have had no contact for more than {days} days</source>
        <translation>Dim ond teuluoedd y mae eu hadolygiad yn hwyr neu sydd heb gael cyswllt ers mwy na {days} diwrnod</translation>
    </message>
    <message>
        <location filename="../gui/caseload/filters.py" line="51"/>
        <source>Only families that need attention</source>
        <translation>Dim ond teuluoedd sydd angen sylw</translation>
    </message>
    <message>
        <location filename="../gui/caseload/filters.py" line="52"/>
        <source>Clear filters</source>
        <translation>Clirio&apos;r hidlwyr</translation>
    </message>
    <message>
        <location filename="../gui/caseload/filters.py" line="60"/>
        <source>&amp;Status</source>
        <translation>&amp;Statws</translation>
    </message>
    <message>
        <location filename="../gui/caseload/filters.py" line="60"/>
        <source>Status filter</source>
        <translation>Hidlo yn ôl statws</translation>
    </message>
    <message>
        <location filename="../gui/caseload/filters.py" line="61"/>
        <source>Ti&amp;er</source>
        <translation>Ha&amp;en</translation>
    </message>
    <message>
        <location filename="../gui/caseload/filters.py" line="61"/>
        <source>Tier filter</source>
        <translation>Hidlo yn ôl haen</translation>
    </message>
    <message>
        <location filename="../gui/caseload/filters.py" line="62"/>
        <source>Lea&amp;d</source>
        <translation>&amp;Arweinydd</translation>
    </message>
    <message>
        <location filename="../gui/caseload/filters.py" line="62"/>
        <source>Lead professional filter</source>
        <translation>Hidlo yn ôl gweithiwr proffesiynol arweiniol</translation>
    </message>
    <message>
        <location filename="../gui/caseload/filters.py" line="85"/>
        <source>Anyone</source>
        <translation>Unrhyw un</translation>
    </message>
    <message>
        <location filename="../gui/caseload/filters.py" line="86"/>
        <source>Not allocated</source>
        <translation>Heb ei ddyrannu</translation>
    </message>
</context>
<context>
    <name>CaseloadModel</name>
    <message>
        <location filename="../gui/caseload/model.py" line="83"/>
        <source>Reference</source>
        <translation>Cyfeirnod</translation>
    </message>
    <message>
        <location filename="../gui/caseload/model.py" line="84"/>
        <source>Family</source>
        <translation>Teulu</translation>
    </message>
    <message>
        <location filename="../gui/caseload/model.py" line="85"/>
        <source>Lead
professional</source>
        <translation>Gweithiwr
arweiniol</translation>
    </message>
    <message>
        <location filename="../gui/caseload/model.py" line="86"/>
        <source>Tier</source>
        <translation>Haen</translation>
    </message>
    <message>
        <location filename="../gui/caseload/model.py" line="87"/>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <location filename="../gui/caseload/model.py" line="88"/>
        <source>Next review</source>
        <translation>Adolygiad
nesaf</translation>
    </message>
    <message>
        <location filename="../gui/caseload/model.py" line="89"/>
        <source>Consent</source>
        <translation>Caniatâd</translation>
    </message>
    <message>
        <location filename="../gui/caseload/model.py" line="90"/>
        <source>Days since
contact</source>
        <translation>Diwrnodau ers
cyswllt</translation>
    </message>
    <message>
        <location filename="../gui/caseload/model.py" line="91"/>
        <source>Members</source>
        <translation>Aelodau</translation>
    </message>
    <message>
        <location filename="../gui/caseload/model.py" line="167"/>
        <source>Consent to share information with other agencies</source>
        <translation>Caniatâd i rannu gwybodaeth ag asiantaethau eraill</translation>
    </message>
    <message>
        <location filename="../gui/caseload/model.py" line="196"/>
        <source>{date} – overdue</source>
        <translation>{date} – yn hwyr</translation>
    </message>
    <message>
        <location filename="../gui/caseload/model.py" line="220"/>
        <source>{family} · {members}</source>
        <translation>{family} · {members}</translation>
    </message>
    <message>
        <location filename="../gui/caseload/model.py" line="224"/>
        <source>Not allocated</source>
        <translation>Heb ei ddyrannu</translation>
    </message>
    <message>
        <location filename="../gui/caseload/model.py" line="230"/>
        <source>{status}: {days} days</source>
        <translation>{status}: {days} o ddiwrnodau</translation>
    </message>
    <message>
        <location filename="../gui/caseload/model.py" line="240"/>
        <source>On a laptop</source>
        <translation>Ar liniadur</translation>
    </message>
    <message>
        <location filename="../gui/caseload/model.py" line="248"/>
        <source>Not booked</source>
        <translation>Heb ei drefnu</translation>
    </message>
    <message>
        <location filename="../gui/caseload/model.py" line="199"/>
        <source>No contact yet</source>
        <translation>Dim cyswllt eto</translation>
    </message>
    <message>
        <location filename="../gui/caseload/model.py" line="202"/>
        <source>{n} – overdue</source>
        <translation>{n} – yn hwyr</translation>
    </message>
    <message>
        <location filename="../gui/caseload/model.py" line="349"/>
        <source>Checked out to {where}</source>
        <translation>Allan ar {where}</translation>
    </message>
    <message>
        <location filename="../gui/caseload/model.py" line="357"/>
        <source>Nobody can change it on the team store until it is brought back or a team leader recalls it.</source>
        <translation>All neb ei newid ar storfa&apos;r tîm nes iddo ddod yn ôl neu nes i arweinydd tîm ei alw&apos;n ôl.</translation>
    </message>
    <message>
        <location filename="../gui/caseload/model.py" line="363"/>
        <source>No consent to share has been recorded for anyone in this family.</source>
        <translation>Does dim caniatâd i rannu wedi&apos;i gofnodi i neb yn y teulu hwn.</translation>
    </message>
    <message>
        <location filename="../gui/caseload/model.py" line="368"/>
        <source>This family&apos;s list entry failed its integrity check. Ask an administrator to run &apos;familycase verify&apos;.</source>
        <translation>Methodd cofnod y teulu hwn yn y rhestr ei wiriad cywirdeb. Gofynnwch i weinyddwr redeg &apos;familycase verify&apos;.</translation>
    </message>
    <message>
        <location filename="../gui/caseload/model.py" line="372"/>
        <source>You have not been given access to this family file.</source>
        <translation>Dydych chi ddim wedi cael mynediad i ffeil y teulu hwn.</translation>
    </message>
    <message>
        <location filename="../gui/caseload/model.py" line="375"/>
        <source>Current alerts:</source>
        <translation>Rhybuddion cyfredol:</translation>
    </message>
    <message>
        <location filename="../gui/caseload/model.py" line="380"/>
        <source>No contact for more than {n} days: the family needs a visit or a call.</source>
        <translation>Dim cyswllt ers mwy na {n} diwrnod: mae angen ymweld â&apos;r teulu neu eu ffonio.</translation>
    </message>
    <message>
        <location filename="../gui/caseload/model.py" line="383"/>
        <source>The review was due on {date}.</source>
        <translation>Roedd yr adolygiad i fod ar {date}.</translation>
    </message>
</context>
<context>
    <name>CaseloadPage</name>
    <message>
        <location filename="../gui/caseload/page.py" line="75"/>
        <source>Families</source>
        <translation>Teuluoedd</translation>
    </message>
    <message>
        <location filename="../gui/caseload/page.py" line="108"/>
        <source>Allo&amp;cate a lead professional…</source>
        <translation>&amp;Dyrannu gweithiwr proffesiynol arweiniol…</translation>
    </message>
    <message>
        <location filename="../gui/caseload/page.py" line="110"/>
        <source>Allocate a lead professional</source>
        <translation>Dyrannu gweithiwr proffesiynol arweiniol</translation>
    </message>
    <message>
        <location filename="../gui/caseload/page.py" line="136"/>
        <source>My caseload</source>
        <translation>Fy llwyth achosion</translation>
    </message>
    <message>
        <location filename="../gui/caseload/page.py" line="137"/>
        <source>Team caseload</source>
        <translation>Llwyth achosion y tîm</translation>
    </message>
    <message>
        <location filename="../gui/caseload/page.py" line="138"/>
        <source>Unallocated families</source>
        <translation>Teuluoedd heb eu dyrannu</translation>
    </message>
    <message>
        <location filename="../gui/caseload/page.py" line="139"/>
        <source>All families</source>
        <translation>Pob teulu</translation>
    </message>
    <message>
        <location filename="../gui/caseload/page.py" line="145"/>
        <source>As an administrator you manage workers&apos; accounts (Manage workers, or File ▸ Workers) and how long closed files are kept (File ▸ Retention). To keep families&apos; details private, you cannot open family files.</source>
        <translation>Fel gweinyddwr, rydych chi&apos;n rheoli cyfrifon gweithwyr (Rheoli gweithwyr, neu Ffeil ▸ Gweithwyr) ac am ba hyd y mae ffeiliau wedi&apos;u cau yn cael eu cadw (Ffeil ▸ Cadw cofnodion). Er mwyn cadw manylion teuluoedd yn breifat, ni allwch chi agor ffeiliau teulu.</translation>
    </message>
    <message>
        <location filename="../gui/caseload/page.py" line="150"/>
        <source>Families you are lead professional for.</source>
        <translation>Teuluoedd rydych chi&apos;n weithiwr proffesiynol arweiniol iddyn nhw.</translation>
    </message>
    <message>
        <location filename="../gui/caseload/page.py" line="151"/>
        <source>Every family your team is working with.</source>
        <translation>Pob teulu y mae eich tîm yn gweithio gyda nhw.</translation>
    </message>
    <message>
        <location filename="../gui/caseload/page.py" line="153"/>
        <source>Your team&apos;s families that have no lead professional yet.</source>
        <translation>Teuluoedd eich tîm sydd heb weithiwr proffesiynol arweiniol eto.</translation>
    </message>
    <message>
        <location filename="../gui/caseload/page.py" line="155"/>
        <source>Every family in the organisation.</source>
        <translation>Pob teulu yn y sefydliad.</translation>
    </message>
    <message>
        <location filename="../gui/caseload/page.py" line="157"/>
        <source>Double-click a family, or press Enter, to open its file.</source>
        <translation>Cliciwch ddwywaith ar deulu, neu pwyswch Enter, i agor ei ffeil.</translation>
    </message>
    <message>
        <location filename="../gui/caseload/page.py" line="196"/>
        <source>The families could not be loaded: {problem}</source>
        <translation>Methu llwytho&apos;r teuluoedd: {problem}</translation>
    </message>
    <message>
        <location filename="../gui/caseload/page.py" line="220"/>
        <source>Loading…</source>
        <translation>Wrthi&apos;n llwytho…</translation>
    </message>
    <message>
        <location filename="../gui/caseload/page.py" line="225"/>
        <source>{shown} of {total} match “{text}”</source>
        <translation>Mae {shown} o {total} yn cyfateb i “{text}”</translation>
    </message>
    <message>
        <location filename="../gui/caseload/page.py" line="231"/>
        <source>{shown} match the filters</source>
        <translation>Mae {shown} yn cyfateb i&apos;r hidlwyr</translation>
    </message>
    <message>
        <location filename="../gui/caseload/page.py" line="247"/>
        <source>Opening the families…</source>
        <translation>Wrthi&apos;n agor y teuluoedd…</translation>
    </message>
    <message>
        <location filename="../gui/caseload/page.py" line="251"/>
        <source>No family, family member or reference matches “{text}”.</source>
        <translation>Does dim teulu, aelod o deulu na chyfeirnod yn cyfateb i “{text}”.</translation>
    </message>
    <message>
        <location filename="../gui/caseload/page.py" line="255"/>
        <source>No family matches the filters. Clear the filters to see them all.</source>
        <translation>Does dim teulu&apos;n cyfateb i&apos;r hidlwyr. Cliriwch yr hidlwyr i&apos;w gweld i gyd.</translation>
    </message>
    <message>
        <location filename="../gui/caseload/page.py" line="257"/>
        <source>You are not the lead professional for any open families.</source>
        <translation>Dydych chi ddim yn weithiwr proffesiynol arweiniol i unrhyw deulu sydd ar agor.</translation>
    </message>
    <message>
        <location filename="../gui/caseload/page.py" line="258"/>
        <source>Your team has no open families.</source>
        <translation>Does gan eich tîm ddim teuluoedd ar agor.</translation>
    </message>
    <message>
        <location filename="../gui/caseload/page.py" line="259"/>
        <source>Every family in your team has a lead professional.</source>
        <translation>Mae gan bob teulu yn eich tîm weithiwr proffesiynol arweiniol.</translation>
    </message>
    <message>
        <location filename="../gui/caseload/page.py" line="260"/>
        <source>There are no open families.</source>
        <translation>Does dim teuluoedd ar agor.</translation>
    </message>
</context>
<context>
    <name>ChronologyPrintDialog</name>
    <message>
        <location filename="../gui/family_file/timeline/print_dialog.py" line="31"/>
        <source>Print the chronology</source>
        <translation>Argraffu&apos;r cronoleg</translation>
    </message>
    <message>
        <location filename="../gui/family_file/timeline/print_dialog.py" line="33"/>
        <source>The chronology as it is filtered on screen, for one agency. Each event is printed only if the family agreed to share that kind of information with the agency (or a recorded decision allows it); the rest are counted as withheld.</source>
        <translation>Y cronoleg fel y mae wedi&apos;i hidlo ar y sgrin, ar gyfer un asiantaeth. Dim ond os cytunodd y teulu i rannu&apos;r math hwnnw o wybodaeth gyda&apos;r asiantaeth (neu os yw penderfyniad wedi&apos;i gofnodi yn caniatáu hynny) y mae pob digwyddiad yn cael ei argraffu; mae&apos;r gweddill yn cael eu cyfrif fel rhai a ddaliwyd yn ôl.</translation>
    </message>
    <message>
        <location filename="../gui/family_file/timeline/print_dialog.py" line="45"/>
        <source>e.g. Demoford Children&apos;s Services</source>
        <translation>e.e. Gwasanaethau Plant Demoford</translation>
    </message>
    <message>
        <location filename="../gui/family_file/timeline/print_dialog.py" line="60"/>
        <source>{shown} events will be printed; {withheld} withheld.</source>
        <translation>Bydd {shown} o ddigwyddiadau yn cael eu hargraffu; {withheld} wedi&apos;u dal yn ôl.</translation>
    </message>
    <message>
        <location filename="../gui/family_file/timeline/print_dialog.py" line="71"/>
        <source>Withheld events are counted in a WITHHELD notice on the first page, never left out silently. Every decision goes to the share log when the PDF is saved.</source>
        <translation>Mae digwyddiadau a ddaliwyd yn ôl yn cael eu cyfrif mewn hysbysiad WEDI&apos;I DDAL YN ÔL ar y dudalen gyntaf, a byth yn cael eu gadael allan yn dawel. Mae pob penderfyniad yn mynd i&apos;r log rhannu pan fydd y PDF yn cael ei gadw.</translation>
    </message>
    <message>
        <location filename="../gui/family_file/timeline/print_dialog.py" line="86"/>
        <source>…and {n} more.</source>
        <translation>…a {n} arall.</translation>
    </message>
</context>
<context>
    <name>ChronologyTab</name>
    <message>
        <location filename="../gui/family_file/timeline/tab.py" line="73"/>
        <source>Kind of event</source>
        <translation>Math o ddigwyddiad</translation>
    </message>
    <message>
        <location filename="../gui/family_file/timeline/tab.py" line="74"/>
        <source>Every kind</source>
        <translation>Pob math</translation>
    </message>
    <message>
        <location filename="../gui/family_file/timeline/tab.py" line="78"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../gui/family_file/timeline/tab.py" line="80"/>
        <source>From</source>
        <translation>O</translation>
    </message>
    <message>
        <location filename="../gui/family_file/timeline/tab.py" line="82"/>
        <source>To</source>
        <translation>I</translation>
    </message>
    <message>
        <location filename="../gui/family_file/timeline/tab.py" line="83"/>
        <source>Every &amp;contact</source>
        <translation>Pob &amp;cyswllt</translation>
    </message>
    <message>
        <location filename="../gui/family_file/timeline/tab.py" line="85"/>
        <source>Show every contact, not only those marked as significant.</source>
        <translation>Dangos pob cyswllt, nid dim ond y rhai sydd wedi&apos;u marcio&apos;n arwyddocaol.</translation>
    </message>
    <message>
        <location filename="../gui/family_file/timeline/tab.py" line="96"/>
        <source>&amp;Kind</source>
        <translation>&amp;Math</translation>
    </message>
    <message>
        <location filename="../gui/family_file/timeline/tab.py" line="97"/>
        <source>P&amp;erson</source>
        <translation>P&amp;erson</translation>
    </message>
    <message>
        <location filename="../gui/family_file/timeline/tab.py" line="98"/>
        <source>&amp;From</source>
        <translation>&amp;O ddyddiad</translation>
    </message>
    <message>
        <location filename="../gui/family_file/timeline/tab.py" line="99"/>
        <source>&amp;To</source>
        <translation>&amp;Hyd at</translation>
    </message>
    <message>
        <location filename="../gui/family_file/timeline/tab.py" line="118"/>
        <source>Add a significant e&amp;vent…</source>
        <translation>Ychwanegu digwyddiad a&amp;rwyddocaol…</translation>
    </message>
    <message>
        <location filename="../gui/family_file/timeline/tab.py" line="119"/>
        <source>&amp;Print the chronology…</source>
        <translation>Ar&amp;graffu&apos;r cronoleg…</translation>
    </message>
    <message>
        <location filename="../gui/family_file/timeline/tab.py" line="124"/>
        <source>Chronology of the family&apos;s file</source>
        <translation>Cronoleg ffeil y teulu</translation>
    </message>
    <message>
        <location filename="../gui/family_file/timeline/tab.py" line="131"/>
        <source>Every significant event in this family&apos;s file, newest first: referrals and decisions, assessments, readings, plans and reviews, consent, tiers, lead professionals, alerts, household changes, contacts marked significant and events recorded by hand.</source>
        <translation>Pob digwyddiad arwyddocaol yn ffeil y teulu hwn, y diweddaraf yn gyntaf: atgyfeiriadau a phenderfyniadau, asesiadau, darlleniadau, cynlluniau ac adolygiadau, caniatâd, haenau, gweithwyr proffesiynol arweiniol, rhybuddion, newidiadau i&apos;r aelwyd, cysylltiadau wedi&apos;u marcio&apos;n arwyddocaol a digwyddiadau a gofnodwyd â llaw.</translation>
    </message>
    <message>
        <location filename="../gui/family_file/timeline/tab.py" line="151"/>
        <source>Everyone</source>
        <translation>Pawb</translation>
    </message>
    <message>
        <location filename="../gui/family_file/timeline/tab.py" line="167"/>
        <source>Could not read the chronology</source>
        <translation>Methu darllen y cronoleg</translation>
    </message>
    <message>
        <location filename="../gui/family_file/timeline/tab.py" line="184"/>
        <source>{shown} of {total} events</source>
        <translation>{shown} o {total} o ddigwyddiadau</translation>
    </message>
    <message>
        <location filename="../gui/family_file/timeline/tab.py" line="192"/>
        <source>Nothing to show.</source>
        <translation>Dim i&apos;w ddangos.</translation>
    </message>
</context>
<context>
    <name>ClosureDialog</name>
    <message>
        <location filename="../gui/family_file/work/closure_dialog.py" line="35"/>
        <source>Close this episode</source>
        <translation>Cau&apos;r cyfnod hwn o waith</translation>
    </message>
    <message>
        <location filename="../gui/family_file/work/closure_dialog.py" line="42"/>
        <source>Closing ends the work with {family} and the lead professional&apos;s allocation. The exit plan says who the family can turn to now, so nobody gets lost.</source>
        <translation>Mae cau yn dod â&apos;r gwaith gyda {family} i ben, a dyraniad y gweithiwr proffesiynol arweiniol hefyd. Mae&apos;r cynllun gadael yn dweud at bwy y gall y teulu droi nawr, fel nad oes neb yn mynd ar goll.</translation>
    </message>
    <message>
        <location filename="../gui/family_file/work/closure_dialog.py" line="48"/>
        <source>In this organisation a team leader approves closures: this asks them, and the family closes once they approve.</source>
        <translation>Yn y sefydliad hwn mae arweinydd tîm yn cymeradwyo cau: mae hyn yn gofyn iddyn nhw, ac mae&apos;r teulu&apos;n cau pan fyddan nhw&apos;n cymeradwyo.</translation>
    </message>
    <message>
        <location filename="../gui/family_file/work/closure_dialog.py" line="71"/>
        <source>&amp;Reason for closing</source>
        <translation>&amp;Rheswm dros gau</translation>
    </message>
    <message>
        <location filename="../gui/family_file/work/closure_dialog.py" line="75"/>
        <source>&amp;Date closed</source>
        <translation>&amp;Dyddiad cau</translation>
    </message>
    <message>
        <location filename="../gui/family_file/work/closure_dialog.py" line="77"/>
        <source>&amp;Exit plan</source>
        <translation>Cynllun &amp;gadael</translation>
    </message>
    <message>
        <location filename="../gui/family_file/work/closure_dialog.py" line="79"/>
        <source>Who stays involved, what the family does if things get harder, follow-up.</source>
        <translation>Pwy sy&apos;n dal i fod yn rhan o&apos;r gwaith, beth mae&apos;r teulu&apos;n ei wneud os bydd pethau&apos;n anoddach, gwaith dilynol.</translation>
    </message>
    <message>
        <location filename="../gui/family_file/work/closure_dialog.py" line="81"/>
        <source>Closing &amp;summary</source>
        <translation>Crynodeb y ca&amp;u</translation>
    </message>
    <message>
        <location filename="../gui/family_file/work/closure_dialog.py" line="86"/>
        <source>&amp;Ask a team leader to close it</source>
        <translation>Gofyn i &amp;arweinydd tîm ei gau</translation>
    </message>
    <message>
        <location filename="../gui/family_file/work/closure_dialog.py" line="88"/>
        <source>&amp;Close the episode</source>
        <translation>&amp;Cau&apos;r cyfnod o waith</translation>
    </message>
    <message>
        <location filename="../gui/family_file/work/closure_dialog.py" line="96"/>
        <source>Before you close: {problems} You can still close the episode.</source>
        <translation>Cyn i chi gau: {problems} Gallwch chi gau&apos;r cyfnod o waith o hyd.</translation>
    </message>
    <message>
        <location filename="../gui/family_file/work/closure_dialog.py" line="106"/>
        <source>Closing the episode for {family}</source>
        <translation>Cau&apos;r cyfnod o waith i {family}</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../gui/replicas/conflicts_dialog.py" line="62"/>
        <source>Conflicting versions: {ref}</source>
        <translation>Fersiynau sy&apos;n gwrthdaro: {ref}</translation>
    </message>
    <message>
        <location filename="../gui/replicas/conflicts_dialog.py" line="67"/>
        <source>This family was recalled while it was on a laptop. These are the laptop&apos;s changes that the team store did not take. Nothing is applied or dropped until you choose, and each choice is recorded.</source>
        <translation>Cafodd y teulu hwn ei alw&apos;n ôl tra oedd ar liniadur. Dyma newidiadau&apos;r gliniadur na chymerodd storfa&apos;r tîm. Does dim yn cael ei roi ar waith na&apos;i ollwng nes i chi ddewis, a chaiff pob dewis ei gofnodi.</translation>
    </message>
    <message>
        <location filename="../gui/replicas/conflicts_dialog.py" line="75"/>
        <source>Conflicting versions</source>
        <translation>Fersiynau sy&apos;n gwrthdaro</translation>
    </message>
    <message>
        <location filename="../gui/replicas/conflicts_dialog.py" line="80"/>
        <source>No conflicting versions are waiting.</source>
        <translation>Does dim fersiynau sy&apos;n gwrthdaro yn aros.</translation>
    </message>
    <message>
        <location filename="../gui/replicas/conflicts_dialog.py" line="85"/>
        <source>Field</source>
        <translation>Maes</translation>
    </message>
    <message>
        <location filename="../gui/replicas/conflicts_dialog.py" line="85"/>
        <source>Laptop&apos;s version</source>
        <translation>Fersiwn y gliniadur</translation>
    </message>
    <message>
        <location filename="../gui/replicas/conflicts_dialog.py" line="85"/>
        <source>Team&apos;s version</source>
        <translation>Fersiwn y tîm</translation>
    </message>
    <message>
        <location filename="../gui/replicas/conflicts_dialog.py" line="87"/>
        <source>The two versions, field by field</source>
        <translation>Y ddau fersiwn, fesul maes</translation>
    </message>
    <message>
        <location filename="../gui/replicas/conflicts_dialog.py" line="94"/>
        <source>Keep the &amp;laptop&apos;s</source>
        <translation>Cadw un y &amp;gliniadur</translation>
    </message>
    <message>
        <location filename="../gui/replicas/conflicts_dialog.py" line="97"/>
        <source>Keep the &amp;team&apos;s</source>
        <translation>Cadw un y &amp;tîm</translation>
    </message>
    <message>
        <location filename="../gui/replicas/conflicts_dialog.py" line="100"/>
        <source>Keep &amp;both</source>
        <translation>Cadw&apos;r &amp;ddau</translation>
    </message>
    <message>
        <location filename="../gui/replicas/conflicts_dialog.py" line="102"/>
        <source>The laptop&apos;s note is kept as a note of its own beside the team&apos;s</source>
        <translation>Caiff nodyn y gliniadur ei gadw fel nodyn ar wahân wrth ymyl un y tîm</translation>
    </message>
    <message>
        <location filename="../gui/replicas/conflicts_dialog.py" line="141"/>
        <source>Could not open the conflicting versions</source>
        <translation>Doedd dim modd agor y fersiynau sy&apos;n gwrthdaro</translation>
    </message>
    <message>
        <location filename="../gui/replicas/conflicts_dialog.py" line="153"/>
        <source>{what} (resolved: kept {kept})</source>
        <translation>{what} (wedi&apos;i ddatrys: cadwyd {kept})</translation>
    </message>
    <message>
        <location filename="../gui/replicas/conflicts_dialog.py" line="186"/>
        <source>{what}, kept at check-in on {when}</source>
        <translation>{what}, wedi&apos;i gadw wrth ddod â&apos;r teulu yn ôl ar {when}</translation>
    </message>
    <message>
        <location filename="../gui/replicas/conflicts_dialog.py" line="196"/>
        <source>(deleted)</source>
        <translation>(wedi&apos;i ddileu)</translation>
    </message>
    <message>
        <location filename="../gui/replicas/conflicts_dialog.py" line="197"/>
        <source>(not on the team store)</source>
        <translation>(ddim ar storfa&apos;r tîm)</translation>
    </message>
    <message>
        <location filename="../gui/replicas/conflicts_dialog.py" line="216"/>
        <source>Could not keep that version</source>
        <translation>Doedd dim modd cadw&apos;r fersiwn hwnnw</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <location filename="../gui/session/connect.py" line="48"/>
        <source>Connect to a team server</source>
        <translation>Cysylltu â gweinydd tîm</translation>
    </message>
    <message>
        <location filename="../gui/session/connect.py" line="52"/>
        <source>A team server keeps your team&apos;s vault in the council&apos;s database; family files are still encrypted on this computer. Ask whoever runs the server for these details and your own database login.</source>
        <translation>Mae gweinydd tîm yn cadw claddgell eich tîm yng nghronfa ddata&apos;r cyngor; mae ffeiliau teuluoedd yn dal i gael eu hamgryptio ar y cyfrifiadur hwn. Gofynnwch i bwy bynnag sy&apos;n rhedeg y gweinydd am y manylion hyn a&apos;ch manylion mewngofnodi eich hun i&apos;r gronfa ddata.</translation>
    </message>
    <message>
        <location filename="../gui/session/connect.py" line="62"/>
        <source>Server</source>
        <translation>Gweinydd</translation>
    </message>
    <message>
        <location filename="../gui/session/connect.py" line="63"/>
        <source>e.g. db.anyshire.gov.uk</source>
        <translation>e.e. db.anyshire.gov.uk</translation>
    </message>
    <message>
        <location filename="../gui/session/connect.py" line="67"/>
        <source>Port</source>
        <translation>Porth</translation>
    </message>
    <message>
        <location filename="../gui/session/connect.py" line="69"/>
        <source>Database</source>
        <translation>Cronfa ddata</translation>
    </message>
    <message>
        <location filename="../gui/session/connect.py" line="71"/>
        <source>Your database login</source>
        <translation>Eich enw mewngofnodi i&apos;r gronfa ddata</translation>
    </message>
    <message>
        <location filename="../gui/session/connect.py" line="72"/>
        <source>e.g. fc_kim</source>
        <translation>e.e. fc_kim</translation>
    </message>
    <message>
        <location filename="../gui/session/connect.py" line="75"/>
        <source>Database password</source>
        <translation>Cyfrinair y gronfa ddata</translation>
    </message>
    <message>
        <location filename="../gui/session/connect.py" line="76"/>
        <source>leave empty to use your saved one (.pgpass)</source>
        <translation>gadewch yn wag i ddefnyddio&apos;r un sydd wedi&apos;i gadw (.pgpass)</translation>
    </message>
    <message>
        <location filename="../gui/session/connect.py" line="77"/>
        <source>Check the server&apos;s &amp;certificate (TLS)</source>
        <translation>Gwirio &amp;tystysgrif y gweinydd (TLS)</translation>
    </message>
    <message>
        <location filename="../gui/session/connect.py" line="81"/>
        <source>&amp;Server</source>
        <translation>&amp;Gweinydd</translation>
    </message>
    <message>
        <location filename="../gui/session/connect.py" line="82"/>
        <source>P&amp;ort</source>
        <translation>P&amp;orth</translation>
    </message>
    <message>
        <location filename="../gui/session/connect.py" line="83"/>
        <source>&amp;Database</source>
        <translation>C&amp;ronfa ddata</translation>
    </message>
    <message>
        <location filename="../gui/session/connect.py" line="84"/>
        <source>Your database &amp;login</source>
        <translation>Eich enw &amp;mewngofnodi i&apos;r gronfa ddata</translation>
    </message>
    <message>
        <location filename="../gui/session/connect.py" line="85"/>
        <source>Database pass&amp;word</source>
        <translation>C&amp;yfrinair y gronfa ddata</translation>
    </message>
    <message>
        <location filename="../gui/session/connect.py" line="92"/>
        <source>Co&amp;nnect</source>
        <translation>Cy&amp;sylltu</translation>
    </message>
    <message>
        <location filename="../gui/session/connect.py" line="95"/>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <location filename="../gui/session/connect.py" line="134"/>
        <source>Enter the server and the database.</source>
        <translation>Rhowch y gweinydd a&apos;r gronfa ddata.</translation>
    </message>
    <message>
        <location filename="../gui/session/connect.py" line="138"/>
        <source>Connecting…</source>
        <translation>Wrthi&apos;n cysylltu…</translation>
    </message>
    <message>
        <location filename="../gui/session/connect.py" line="158"/>
        <source>The server needs your database password.</source>
        <translation>Mae&apos;r gweinydd angen cyfrinair eich cronfa ddata.</translation>
    </message>
</context>
<context>
    <name>ConsentTab</name>
    <message>
        <location filename="../gui/family_file/consent/tab.py" line="114"/>
        <source>Show consent for</source>
        <translation>Dangos caniatâd ar gyfer</translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/tab.py" line="116"/>
        <source>Show &amp;for</source>
        <translation>Dangos &amp;ar gyfer</translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/tab.py" line="119"/>
        <source>Subject access e&amp;xport…</source>
        <translation>Allforio cais gwrthrych am &amp;wybodaeth…</translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/tab.py" line="121"/>
        <source>Everything held about the chosen person, as JSON and PDF</source>
        <translation>Popeth sy&apos;n cael ei gadw am y person a ddewiswyd, fel JSON a PDF</translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/tab.py" line="131"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/tab.py" line="132"/>
        <source>State</source>
        <translation>Cyflwr</translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/tab.py" line="133"/>
        <source>Agencies</source>
        <translation>Asiantaethau</translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/tab.py" line="134"/>
        <source>Purposes</source>
        <translation>Dibenion</translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/tab.py" line="135"/>
        <location filename="../gui/family_file/consent/tab.py" line="162"/>
        <source>Information</source>
        <translation>Gwybodaeth</translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/tab.py" line="136"/>
        <source>Given by, how</source>
        <translation>Rhoddwyd gan, sut</translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/tab.py" line="137"/>
        <source>Given – review or end</source>
        <translation>Rhoddwyd – adolygu neu orffen</translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/tab.py" line="138"/>
        <source>Evidence</source>
        <translation>Tystiolaeth</translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/tab.py" line="141"/>
        <location filename="../gui/family_file/consent/tab.py" line="203"/>
        <source>Consent to share</source>
        <translation>Caniatâd i rannu</translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/tab.py" line="143"/>
        <source>&amp;Record consent…</source>
        <translation>&amp;Cofnodi caniatâd…</translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/tab.py" line="144"/>
        <source>&amp;Withdraw…</source>
        <translation>&amp;Tynnu&apos;n ôl…</translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/tab.py" line="146"/>
        <source>A&amp;ttach evidence…</source>
        <translation>Atodi t&amp;ystiolaeth…</translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/tab.py" line="148"/>
        <source>Keep an encrypted copy of the signed form or other evidence</source>
        <translation>Cadw copi wedi&apos;i amgryptio o&apos;r ffurflen wedi&apos;i llofnodi neu dystiolaeth arall</translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/tab.py" line="151"/>
        <source>Save a cop&amp;y of the evidence…</source>
        <translation>Cadw c&amp;opi o&apos;r dystiolaeth…</translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/tab.py" line="153"/>
        <source>Write the evidence outside FamilyCase (it leaves the encrypted vault)</source>
        <translation>Ysgrifennu&apos;r dystiolaeth y tu allan i FamilyCase (mae&apos;n gadael y gladdgell wedi&apos;i hamgryptio)</translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/tab.py" line="159"/>
        <source>About</source>
        <translation>Am</translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/tab.py" line="160"/>
        <source>Agency</source>
        <translation>Asiantaeth</translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/tab.py" line="161"/>
        <location filename="../gui/family_file/consent/tab.py" line="180"/>
        <source>Purpose</source>
        <translation>Diben</translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/tab.py" line="163"/>
        <source>Reason</source>
        <translation>Rheswm</translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/tab.py" line="164"/>
        <source>Lawful basis</source>
        <translation>Sail gyfreithlon</translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/tab.py" line="165"/>
        <source>Decided by</source>
        <translation>Penderfynwyd gan</translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/tab.py" line="166"/>
        <source>Applies until</source>
        <translation>Yn berthnasol tan</translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/tab.py" line="169"/>
        <source>Decisions to share without consent</source>
        <translation>Penderfyniadau i rannu heb ganiatâd</translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/tab.py" line="172"/>
        <source>Record a &amp;decision to share without consent…</source>
        <translation>Cofnodi penderfyniad i rannu &amp;heb ganiatâd…</translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/tab.py" line="177"/>
        <source>When</source>
        <translation>Pryd</translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/tab.py" line="178"/>
        <source>What</source>
        <translation>Beth</translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/tab.py" line="179"/>
        <source>With whom</source>
        <translation>Gyda phwy</translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/tab.py" line="181"/>
        <source>Outcome</source>
        <translation>Canlyniad</translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/tab.py" line="182"/>
        <source>By whom</source>
        <translation>Gan bwy</translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/tab.py" line="185"/>
        <source>Share log</source>
        <translation>Log rhannu</translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/tab.py" line="209"/>
        <source>Sharing without consent</source>
        <translation>Rhannu heb ganiatâd</translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/tab.py" line="211"/>
        <source>Share log: what was shared, or withheld</source>
        <translation>Log rhannu: beth a rannwyd, neu a ddaliwyd yn ôl</translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/tab.py" line="240"/>
        <source>Everyone in the family</source>
        <translation>Pawb yn y teulu</translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/tab.py" line="255"/>
        <source>Could not read the consent records</source>
        <translation>Methu darllen y cofnodion caniatâd</translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/tab.py" line="285"/>
        <source>Withdrawn on {date}: {reason}</source>
        <translation>Tynnwyd yn ôl ar {date}: {reason}</translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/tab.py" line="375"/>
        <source>Choose the evidence to keep</source>
        <translation>Dewis y dystiolaeth i&apos;w chadw</translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/tab.py" line="378"/>
        <source>Scans and documents (*.pdf *.png *.jpg *.jpeg)</source>
        <translation>Sganiau a dogfennau (*.pdf *.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/tab.py" line="378"/>
        <source>Any file (*)</source>
        <translation>Unrhyw ffeil (*)</translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/tab.py" line="399"/>
        <source>Could not attach</source>
        <translation>Methu atodi</translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/tab.py" line="408"/>
        <source>Save a copy outside FamilyCase</source>
        <translation>Cadw copi y tu allan i FamilyCase</translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/tab.py" line="410"/>
        <source>The copy of {file} will leave the encrypted vault: anyone who can open the folder you choose can read it. Keep it only as long as you need it.</source>
        <translation>Bydd y copi o {file} yn gadael y gladdgell wedi&apos;i hamgryptio: gall unrhyw un sy&apos;n gallu agor y ffolder a ddewiswch ei ddarllen. Cadwch e dim ond cyhyd ag y mae ei angen arnoch.</translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/tab.py" line="413"/>
        <source>Choose where to save</source>
        <translation>Dewis ble i gadw</translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/tab.py" line="419"/>
        <source>Save a copy of the evidence</source>
        <translation>Cadw copi o&apos;r dystiolaeth</translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/tab.py" line="433"/>
        <source>Could not save the copy</source>
        <translation>Methu cadw&apos;r copi</translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/tab.py" line="443"/>
        <source>Subject access export</source>
        <translation>Allforio cais gwrthrych am wybodaeth</translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/tab.py" line="445"/>
        <source>FamilyCase will write everything it holds about {name} as a JSON file and a PDF. These files leave the encrypted vault: check them, remove what is about other people where the law allows, and delete them once they are sent.</source>
        <translation>Bydd FamilyCase yn ysgrifennu popeth sydd ganddo am {name} fel ffeil JSON a PDF. Mae&apos;r ffeiliau hyn yn gadael y gladdgell wedi&apos;i hamgryptio: gwiriwch nhw, tynnwch yr hyn sydd am bobl eraill lle mae&apos;r gyfraith yn caniatáu, a dilëwch nhw ar ôl eu hanfon.</translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/tab.py" line="449"/>
        <source>Choose a folder</source>
        <translation>Dewis ffolder</translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/tab.py" line="455"/>
        <source>Folder for the subject access export</source>
        <translation>Ffolder ar gyfer y cais gwrthrych am wybodaeth</translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/tab.py" line="472"/>
        <source>Could not write the subject access export</source>
        <translation>Methu ysgrifennu&apos;r cais gwrthrych am wybodaeth</translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/tab.py" line="481"/>
        <source>Written outside FamilyCase</source>
        <translation>Wedi&apos;i ysgrifennu y tu allan i FamilyCase</translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/tab.py" line="482"/>
        <source>Written (not encrypted):
{files}</source>
        <translation>Wedi&apos;u hysgrifennu (heb eu hamgryptio):
{files}</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="592"/>
        <source>no end date</source>
        <translation>dim dyddiad gorffen</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="594"/>
        <source>None kept</source>
        <translation>Dim wedi&apos;i chadw</translation>
    </message>
</context>
<context>
    <name>ContactEntry</name>
    <message>
        <location filename="../gui/family_file/contacts/contact_entry.py" line="67"/>
        <source>Record a contact</source>
        <translation>Cofnodi cyswllt</translation>
    </message>
    <message>
        <location filename="../gui/family_file/contacts/contact_entry.py" line="74"/>
        <source>Dat&amp;e</source>
        <translation>&amp;Dyddiad</translation>
    </message>
    <message>
        <location filename="../gui/family_file/contacts/contact_entry.py" line="77"/>
        <source>T&amp;ype</source>
        <translation>&amp;Math</translation>
    </message>
    <message>
        <location filename="../gui/family_file/contacts/contact_entry.py" line="81"/>
        <source>D&amp;uration</source>
        <translation>&amp;Hyd</translation>
    </message>
    <message>
        <location filename="../gui/family_file/contacts/contact_entry.py" line="84"/>
        <source> min</source>
        <translation> mun</translation>
    </message>
    <message>
        <location filename="../gui/family_file/contacts/contact_entry.py" line="85"/>
        <source>Not recorded</source>
        <translation>Heb ei gofnodi</translation>
    </message>
    <message>
        <location filename="../gui/family_file/contacts/contact_entry.py" line="86"/>
        <source>&amp;Others present</source>
        <translation>Eraill oedd &amp;yno</translation>
    </message>
    <message>
        <location filename="../gui/family_file/contacts/contact_entry.py" line="87"/>
        <source>e.g. school nurse, Gran</source>
        <translation>e.e. nyrs yr ysgol, Nain</translation>
    </message>
    <message>
        <location filename="../gui/family_file/contacts/contact_entry.py" line="91"/>
        <source>&amp;Who was seen</source>
        <translation>P&amp;wy a welwyd</translation>
    </message>
    <message>
        <location filename="../gui/family_file/contacts/contact_entry.py" line="95"/>
        <source>What &amp;happened</source>
        <translation>Beth ddi&amp;gwyddodd</translation>
    </message>
    <message>
        <location filename="../gui/family_file/contacts/contact_entry.py" line="98"/>
        <source>What you did, what the family said, what happens next. Ctrl+Enter saves.</source>
        <translation>Beth wnaethoch chi, beth ddwedodd y teulu, beth sy&apos;n digwydd nesaf. Mae Ctrl+Enter yn cadw.</translation>
    </message>
    <message>
        <location filename="../gui/family_file/contacts/contact_entry.py" line="102"/>
        <source>Chil&amp;d seen</source>
        <translation>Gwelwyd y &amp;plentyn</translation>
    </message>
    <message>
        <location filename="../gui/family_file/contacts/contact_entry.py" line="103"/>
        <source>Child seen a&amp;lone</source>
        <translation>Gwelwyd y plentyn ar ei b&amp;en ei hun</translation>
    </message>
    <message>
        <location filename="../gui/family_file/contacts/contact_entry.py" line="104"/>
        <source>Si&amp;gnificant: show in the chronology</source>
        <translation>A&amp;rwyddocaol: dangos yn y cronoleg</translation>
    </message>
    <message>
        <location filename="../gui/family_file/contacts/contact_entry.py" line="114"/>
        <source>&amp;Save contact note</source>
        <translation>&amp;Cadw&apos;r nodyn cyswllt</translation>
    </message>
    <message>
        <location filename="../gui/family_file/contacts/contact_entry.py" line="118"/>
        <source>Clea&amp;r</source>
        <translation>C&amp;lirio</translation>
    </message>
    <message>
        <location filename="../gui/family_file/contacts/contact_entry.py" line="123"/>
        <source>Contact note status</source>
        <translation>Statws y nodyn cyswllt</translation>
    </message>
    <message>
        <location filename="../gui/family_file/contacts/contact_entry.py" line="203"/>
        <location filename="more_messages.py" line="596"/>
        <source>Contact note for {family}</source>
        <translation>Nodyn cyswllt ar gyfer {family}</translation>
    </message>
    <message>
        <location filename="../gui/family_file/contacts/contact_entry.py" line="225"/>
        <source>Saving…</source>
        <translation>Wrthi&apos;n cadw…</translation>
    </message>
    <message>
        <location filename="../gui/family_file/contacts/contact_entry.py" line="230"/>
        <location filename="../gui/family_file/contacts/contact_entry.py" line="237"/>
        <source>Saved.</source>
        <translation>Wedi&apos;i gadw.</translation>
    </message>
</context>
<context>
    <name>ContactsTab</name>
    <message>
        <location filename="../gui/family_file/contacts/tab.py" line="36"/>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <location filename="../gui/family_file/contacts/tab.py" line="37"/>
        <source>Type</source>
        <translation>Math</translation>
    </message>
    <message>
        <location filename="../gui/family_file/contacts/tab.py" line="38"/>
        <source>Who was seen</source>
        <translation>Pwy a welwyd</translation>
    </message>
    <message>
        <location filename="../gui/family_file/contacts/tab.py" line="39"/>
        <source>Duration</source>
        <translation>Hyd</translation>
    </message>
    <message>
        <location filename="../gui/family_file/contacts/tab.py" line="40"/>
        <source>Marks</source>
        <translation>Marciau</translation>
    </message>
    <message>
        <location filename="../gui/family_file/contacts/tab.py" line="41"/>
        <source>What happened</source>
        <translation>Beth ddigwyddodd</translation>
    </message>
    <message>
        <location filename="../gui/family_file/contacts/tab.py" line="44"/>
        <location filename="../gui/family_file/contacts/tab.py" line="69"/>
        <source>Contact log</source>
        <translation>Log cyswllt</translation>
    </message>
    <message>
        <location filename="../gui/family_file/contacts/tab.py" line="50"/>
        <source>The selected contact note</source>
        <translation>Y nodyn cyswllt a ddewiswyd</translation>
    </message>
    <message>
        <location filename="../gui/family_file/contacts/tab.py" line="53"/>
        <source>&amp;Correct the note…</source>
        <translation>Cywiro&apos;r &amp;nodyn…</translation>
    </message>
    <message>
        <location filename="../gui/family_file/contacts/tab.py" line="110"/>
        <source>Significant</source>
        <translation>Arwyddocaol</translation>
    </message>
    <message>
        <location filename="../gui/family_file/contacts/tab.py" line="111"/>
        <source>Child seen alone</source>
        <translation>Gwelwyd y plentyn ar ei ben ei hun</translation>
    </message>
    <message>
        <location filename="../gui/family_file/contacts/tab.py" line="112"/>
        <source>Child seen</source>
        <translation>Gwelwyd y plentyn</translation>
    </message>
    <message>
        <location filename="../gui/family_file/contacts/tab.py" line="113"/>
        <source>Corrected</source>
        <translation>Wedi&apos;i gywiro</translation>
    </message>
    <message>
        <location filename="../gui/family_file/contacts/tab.py" line="137"/>
        <source>No contacts recorded yet.</source>
        <translation>Dim cysylltiadau wedi&apos;u cofnodi eto.</translation>
    </message>
    <message>
        <location filename="../gui/family_file/contacts/tab.py" line="150"/>
        <source>Seen: {who}</source>
        <translation>Gwelwyd: {who}</translation>
    </message>
</context>
<context>
    <name>CostFigures</name>
    <message>
        <location filename="more_messages.py" line="416"/>
        <source>no ratio</source>
        <translation>dim cymhareb</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="418"/>
        <source>No costs of the work counted, so there is no ratio.</source>
        <translation>Dim costau&apos;r gwaith wedi&apos;u cyfrif, felly does dim cymhareb.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="420"/>
        <source>No payback: nothing cashable</source>
        <translation>Dim ad-dalu: dim byd ar ffurf arian parod</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="422"/>
        <source>Who invests and who gains</source>
        <translation>Pwy sy&apos;n buddsoddi a phwy sy&apos;n elwa</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="424"/>
        <source>Benefits by kind</source>
        <translation>Buddion yn ôl math</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="426"/>
        <source>undiscounted {ratio}</source>
        <translation>heb ddisgownt {ratio}</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="428"/>
        <source>No payback within the {n} years counted (cashable benefit only)</source>
        <translation>Dim ad-dalu o fewn y {n} blynedd a gyfrifwyd (budd arian parod yn unig)</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="430"/>
        <source>Benefits by kind: public money (fiscal) {fiscal}, of which cashable {cashable} · economic {economic} · social {social}</source>
        <translation>Buddion yn ôl math: arian cyhoeddus (cyllidol) {fiscal}, gyda {cashable} ohono&apos;n arian parod · economaidd {economic} · cymdeithasol {social}</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="432"/>
        <source>Net budget impact (public money minus the cost of the work) {impact} · {payback}</source>
        <translation>Effaith net ar y gyllideb (arian cyhoeddus llai cost y gwaith) {impact} · {payback}</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="434"/>
        <source>Agency</source>
        <translation>Asiantaeth</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="436"/>
        <source>Puts in</source>
        <translation>Yn rhoi i mewn</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="438"/>
        <source>Present value of the costs of the work it pays</source>
        <translation>Gwerth presennol costau&apos;r gwaith y mae&apos;n eu talu</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="440"/>
        <source>Gains: cashable</source>
        <translation>Elw: arian parod</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="442"/>
        <source>Cashable public money: budget actually released</source>
        <translation>Arian cyhoeddus parod: cyllideb wedi&apos;i rhyddhau mewn gwirionedd</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="444"/>
        <source>Gains: not cashable</source>
        <translation>Elw: nid arian parod</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="446"/>
        <source>Public money it gains that is not released from a budget</source>
        <translation>Arian cyhoeddus y mae&apos;n ei ennill nad yw&apos;n cael ei ryddhau o gyllideb</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="448"/>
        <source>Gains: economic</source>
        <translation>Elw: economaidd</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="450"/>
        <source>Economic benefits recorded against it</source>
        <translation>Buddion economaidd wedi&apos;u cofnodi yn ei erbyn</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="452"/>
        <source>Gains: social</source>
        <translation>Elw: cymdeithasol</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="454"/>
        <source>Social benefits recorded against it</source>
        <translation>Buddion cymdeithasol wedi&apos;u cofnodi yn ei erbyn</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="456"/>
        <source>Gains in all</source>
        <translation>Cyfanswm yr elw</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="458"/>
        <source>Everything it gains, net of disbenefits</source>
        <translation>Popeth y mae&apos;n ei ennill, ar ôl tynnu anfuddion</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="460"/>
        <source>Net</source>
        <translation>Net</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="462"/>
        <source>Gains in all minus what it puts in</source>
        <translation>Cyfanswm yr elw llai&apos;r hyn y mae&apos;n ei roi i mewn</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="464"/>
        <source>Per £1 put in</source>
        <translation>Am bob £1 a roddir i mewn</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="466"/>
        <source>Its own return: what it gains for every £1 it puts in</source>
        <translation>Ei enillion ei hun: yr hyn y mae&apos;n ei ennill am bob £1 y mae&apos;n ei roi i mewn</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="468"/>
        <source>Kind of benefit</source>
        <translation>Math o fudd</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="470"/>
        <source>Cashable</source>
        <translation>Arian parod</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="472"/>
        <source>Budget actually released (public money only)</source>
        <translation>Cyllideb wedi&apos;i rhyddhau mewn gwirionedd (arian cyhoeddus yn unig)</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="474"/>
        <source>Today&apos;s value</source>
        <translation>Gwerth heddiw</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="476"/>
        <source>Present value: later years discounted (Green Book)</source>
        <translation>Gwerth presennol: blynyddoedd diweddarach wedi&apos;u disgowntio (y Llyfr Gwyrdd)</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="478"/>
        <source>Not discounted</source>
        <translation>Heb ddisgownt</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="480"/>
        <source>The same benefits, undiscounted</source>
        <translation>Yr un buddion, heb ddisgownt</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="482"/>
        <source>Public money (fiscal), cashable</source>
        <translation>Arian cyhoeddus (cyllidol), arian parod</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="484"/>
        <source>Public money (fiscal), not cashable</source>
        <translation>Arian cyhoeddus (cyllidol), nid arian parod</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="486"/>
        <source>Cashable return</source>
        <translation>Enillion arian parod</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="488"/>
        <source>Financial return (all public purse)</source>
        <translation>Enillion ariannol (holl bwrs y wlad)</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="490"/>
        <source>Public value return (incl. economic and social)</source>
        <translation>Enillion gwerth cyhoeddus (gan gynnwys economaidd a chymdeithasol)</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="492"/>
        <source>Cashable public money only: budget actually released, money that can be taken out of a budget. The payback counts this alone.</source>
        <translation>Arian cyhoeddus parod yn unig: cyllideb wedi&apos;i rhyddhau mewn gwirionedd, arian y gellir ei dynnu allan o gyllideb. Dim ond hwn y mae&apos;r ad-dalu yn ei gyfrif.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="494"/>
        <source>Every public-money (fiscal) benefit: costs that public agencies avoid, whether or not a budget is released.</source>
        <translation>Pob budd arian cyhoeddus (cyllidol): costau y mae asiantaethau cyhoeddus yn eu hosgoi, p&apos;un a yw cyllideb yn cael ei rhyddhau ai peidio.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="496"/>
        <source>Public money, economic and social value together: what the work was worth to society. Never quote it as savings.</source>
        <translation>Arian cyhoeddus, gwerth economaidd a gwerth cymdeithasol gyda&apos;i gilydd: gwerth y gwaith i gymdeithas. Peidiwch byth â&apos;i ddyfynnu fel arbedion.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="498"/>
        <source>Pays back after {years} years (cashable benefit only)</source>
        <translation>Yn ad-dalu ar ôl {years} blynedd (budd arian parod yn unig)</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="500"/>
        <source> · disbenefits (already taken off) {d}</source>
        <translation> · anfuddion (wedi&apos;u tynnu eisoes) {d}</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="502"/>
        <source>puts nothing in</source>
        <translation>yn rhoi dim i mewn</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="504"/>
        <source>Economic</source>
        <translation>Economaidd</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="506"/>
        <source>Social</source>
        <translation>Cymdeithasol</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="508"/>
        <source>Total (public value)</source>
        <translation>Cyfanswm (gwerth cyhoeddus)</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="510"/>
        <source>about {x} of budget released for every £1 spent</source>
        <translation>tua {x} o gyllideb wedi&apos;i rhyddhau am bob £1 a wariwyd</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="512"/>
        <source>about {x} of costs avoided for every £1 spent</source>
        <translation>tua {x} o gostau wedi&apos;u hosgoi am bob £1 a wariwyd</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="514"/>
        <source>about {x} of value to society for every £1 spent</source>
        <translation>tua {x} o werth i gymdeithas am bob £1 a wariwyd</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="516"/>
        <source>Benefit {benefit}</source>
        <translation>Budd {benefit}</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="518"/>
        <source>net {net}</source>
        <translation>net {net}</translation>
    </message>
</context>
<context>
    <name>CostsTab</name>
    <message>
        <location filename="../gui/family_file/costs/tab.py" line="112"/>
        <source>What was avoided</source>
        <translation>Beth a osgowyd</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/tab.py" line="116"/>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/tab.py" line="117"/>
        <source>Likelihood</source>
        <translation>Pa mor debygol</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/tab.py" line="118"/>
        <source>Evidence</source>
        <translation>Tystiolaeth</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/tab.py" line="119"/>
        <source>How many</source>
        <translation>Sawl un</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/tab.py" line="120"/>
        <source>Unit cost</source>
        <translation>Cost uned</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/tab.py" line="121"/>
        <source>Assessed by, on</source>
        <translation>Aseswyd gan, ar</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/tab.py" line="124"/>
        <source>Prevented costs</source>
        <translation>Costau a ataliwyd</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/tab.py" line="127"/>
        <source>&amp;Add a prevented cost…</source>
        <translation>Ychwanegu cost a &amp;ataliwyd…</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/tab.py" line="128"/>
        <source>&amp;Change…</source>
        <translation>N&amp;ewid…</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/tab.py" line="129"/>
        <source>&amp;Remove…</source>
        <translation>&amp;Tynnu…</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/tab.py" line="133"/>
        <source>What the family would probably have needed without the work, priced with published unit costs. Withdrawn lines are kept but never counted.</source>
        <translation>Beth y byddai&apos;r teulu wedi bod ei angen yn ôl pob tebyg heb y gwaith, wedi&apos;i brisio gyda chostau uned cyhoeddedig. Mae llinellau a dynnwyd yn ôl yn cael eu cadw ond byth yn cael eu cyfrif.</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/tab.py" line="143"/>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/tab.py" line="144"/>
        <source>Kind</source>
        <translation>Math</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/tab.py" line="145"/>
        <source>What it paid for</source>
        <translation>Am beth y talodd</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/tab.py" line="146"/>
        <source>Amount</source>
        <translation>Swm</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/tab.py" line="147"/>
        <source>Spent or estimated</source>
        <translation>Wedi&apos;i wario neu amcangyfrif</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/tab.py" line="148"/>
        <source>Agency paying</source>
        <translation>Asiantaeth sy&apos;n talu</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/tab.py" line="151"/>
        <source>Costs of the work</source>
        <translation>Costau&apos;r gwaith</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/tab.py" line="219"/>
        <source>&amp;Prevented costs</source>
        <translation>Costau a atal&amp;iwyd</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/tab.py" line="220"/>
        <source>Costs of the wor&amp;k</source>
        <translation>&amp;Costau&apos;r gwaith</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/tab.py" line="221"/>
        <source>Outcomes ac&amp;hieved</source>
        <translation>Can&amp;lyniadau a gafwyd</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/tab.py" line="222"/>
        <source>Service use &amp;before</source>
        <translation>Gwa&amp;sanaethau cynt</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/tab.py" line="223"/>
        <source>Who pa&amp;ys, who gains</source>
        <translation>&amp;Pwy sy&apos;n talu ac elwa</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/tab.py" line="283"/>
        <source>&amp;Prevented costs ({n})</source>
        <translation>Costau a atali&amp;wyd ({n})</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/tab.py" line="154"/>
        <source>Remo&amp;ve…</source>
        <translation>Ty&amp;nnu…</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/tab.py" line="168"/>
        <source>Outcome area</source>
        <translation>Maes canlyniad</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/tab.py" line="169"/>
        <source>What changed</source>
        <translation>Beth newidiodd</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/tab.py" line="170"/>
        <source>Positive</source>
        <translation>Cadarnhaol</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/tab.py" line="171"/>
        <source>Achieved</source>
        <translation>Wedi&apos;i gyflawni</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/tab.py" line="172"/>
        <source>Last confirmed</source>
        <translation>Cadarnhawyd ddiwethaf</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/tab.py" line="175"/>
        <source>Outcomes achieved</source>
        <translation>Canlyniadau a gafwyd</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/tab.py" line="197"/>
        <source>R&amp;emove…</source>
        <translation>Tynn&amp;u…</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/tab.py" line="181"/>
        <source>Changes achieved for the family&apos;s needs, and when they were last checked.</source>
        <translation>Newidiadau a gyflawnwyd ar gyfer anghenion y teulu, a phryd y cawson nhw eu gwirio ddiwethaf.</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/tab.py" line="113"/>
        <source>Benefit or disbenefit</source>
        <translation>Budd neu anfudd</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/tab.py" line="114"/>
        <source>Today&apos;s value</source>
        <translation>Gwerth heddiw</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/tab.py" line="115"/>
        <source>Counts as</source>
        <translation>Yn cyfrif fel</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/tab.py" line="153"/>
        <source>A&amp;dd a cost of the work…</source>
        <translation>Ychwanegu cost y gwait&amp;h…</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/tab.py" line="158"/>
        <source>Key worker time, flexible spend and other money spent on the work, or planned (an estimate, increased for optimism bias in the figures).</source>
        <translation>Amser gweithiwr allweddol, gwariant hyblyg ac arian arall a wariwyd ar y gwaith, neu sydd wedi&apos;i gynllunio (amcangyfrif, wedi&apos;i gynyddu ar gyfer tuedd optimistiaeth yn y ffigurau).</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/tab.py" line="177"/>
        <source>Record a&amp;n outcome…</source>
        <translation>C&amp;ofnodi canlyniad…</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/tab.py" line="178"/>
        <source>Re&amp;move…</source>
        <translation>T&amp;ynnu…</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/tab.py" line="189"/>
        <source>Period</source>
        <translation>Cyfnod</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/tab.py" line="190"/>
        <source>Services used</source>
        <translation>Gwasanaethau a ddefnyddiwyd</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/tab.py" line="191"/>
        <source>Where the figures come from</source>
        <translation>O ble daw&apos;r ffigurau</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/tab.py" line="194"/>
        <source>Service use before the work</source>
        <translation>Defnydd o wasanaethau cyn y gwaith</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/tab.py" line="196"/>
        <source>Add service &amp;use…</source>
        <translation>Ychwanegu &amp;defnydd o wasanaethau…</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/tab.py" line="200"/>
        <source>What the family used before the work started (where they started from).</source>
        <translation>Beth roedd y teulu&apos;n ei ddefnyddio cyn i&apos;r gwaith ddechrau (ble roedden nhw ar y dechrau).</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/tab.py" line="209"/>
        <source>For each agency: what it puts into the work and what it gains, by kind, in today&apos;s values. Gains are net of disbenefits.</source>
        <translation>Ar gyfer pob asiantaeth: yr hyn y mae&apos;n ei roi i mewn i&apos;r gwaith a&apos;r hyn y mae&apos;n ei ennill, yn ôl math, yng ngwerthoedd heddiw. Mae&apos;r elw ar ôl tynnu anfuddion.</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/tab.py" line="218"/>
        <source>Cost records</source>
        <translation>Cofnodion costau</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/tab.py" line="255"/>
        <source>Could not read the cost records</source>
        <translation>Methu darllen y cofnodion costau</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/tab.py" line="342"/>
        <source>Remove</source>
        <translation>Tynnu</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/tab.py" line="343"/>
        <source>Remove {what}? This cannot be undone.</source>
        <translation>Tynnu {what}? Does dim modd dadwneud hyn.</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/tab.py" line="344"/>
        <source>&amp;Remove</source>
        <translation>&amp;Tynnu</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/tab.py" line="347"/>
        <source>Could not remove it</source>
        <translation>Methu ei dynnu</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/tab.py" line="356"/>
        <source>the prevented cost “{what}”</source>
        <translation>y gost a ataliwyd “{what}”</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/tab.py" line="364"/>
        <source>this cost of the work</source>
        <translation>y gost hon o&apos;r gwaith</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/tab.py" line="368"/>
        <source>this outcome</source>
        <translation>y canlyniad hwn</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/tab.py" line="371"/>
        <source>this service use</source>
        <translation>y defnydd hwn o wasanaethau</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="606"/>
        <source>{code}: {value} {unit} ({year} prices)</source>
        <translation>{code}: {value} {unit} (prisiau {year})</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="608"/>
        <source>{hours} hours at {rate} = {total}</source>
        <translation>{hours} awr ar {rate} = {total}</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="610"/>
        <source>Benefit</source>
        <translation>Budd</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="612"/>
        <source>Disbenefit</source>
        <translation>Anfudd</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="614"/>
        <source>Economic</source>
        <translation>Economaidd</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="616"/>
        <source>Social</source>
        <translation>Cymdeithasol</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="618"/>
        <source>{kind} (health rate)</source>
        <translation>{kind} (cyfradd iechyd)</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="620"/>
        <source>Spent</source>
        <translation>Wedi&apos;i wario</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="622"/>
        <source>Estimated</source>
        <translation>Amcangyfrif</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="624"/>
        <source>local</source>
        <translation>lleol</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="626"/>
        <source>not yet</source>
        <translation>ddim eto</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="628"/>
        <source>Public money, cashable</source>
        <translation>Arian cyhoeddus, arian parod</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="630"/>
        <source>Public money</source>
        <translation>Arian cyhoeddus</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="632"/>
        <source>year not stated</source>
        <translation>blwyddyn heb ei nodi</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="634"/>
        <source>not counted</source>
        <translation>heb ei gyfrif</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="652"/>
        <source>{what}: {how} in {year} prices, {now} in {report} prices.</source>
        <translation>{what}: {how} ym mhrisiau {year}, {now} ym mhrisiau {report}.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="654"/>
        <source>It falls after the years counted, so it is not counted.</source>
        <translation>Mae&apos;n disgyn ar ôl y blynyddoedd a gyfrifwyd, felly nid yw&apos;n cael ei gyfrif.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="656"/>
        <source>The three returns</source>
        <translation>Y tair ffurflen enillion</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="658"/>
        <source>public money (fiscal)</source>
        <translation>arian cyhoeddus (cyllidol)</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="660"/>
        <source>the wider economy</source>
        <translation>yr economi ehangach</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="662"/>
        <source>wellbeing and quality of life (social)</source>
        <translation>llesiant ac ansawdd bywyd (cymdeithasol)</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="664"/>
        <source>A disbenefit: a cost the work caused, to {kind}; it is worked out like a benefit and taken off the total.</source>
        <translation>Anfudd: cost a achoswyd gan y gwaith, i {kind}; mae&apos;n cael ei gyfrifo fel budd a&apos;i dynnu o&apos;r cyfanswm.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="666"/>
        <source>Unit cost {code}: {value} {unit} in {year} prices, which is {now} in {report} prices.</source>
        <translation>Cost uned {code}: {value} {unit} ym mhrisiau {year}, sef {now} ym mhrisiau {report}.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="668"/>
        <source>× {n} (how many) × {d} (for how long), over {y} year(s) = {gross} before any adjustment.</source>
        <translation>× {n} (sawl un) × {d} (am ba hyd), dros {y} blwyddyn = {gross} cyn unrhyw addasiad.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="670"/>
        <source>× {p} chance it would have happened = {v}.</source>
        <translation>× {p} siawns y byddai wedi digwydd = {v}.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="672"/>
        <source>Take off {d} that would have happened anyway (deadweight) = {v}.</source>
        <translation>Tynnu {d} a fyddai wedi digwydd beth bynnag (pwysau marw) = {v}.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="674"/>
        <source>× {a} of the credit due to this work (attribution) = {v}.</source>
        <translation>× {a} o&apos;r clod i&apos;r gwaith hwn (priodoli) = {v}.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="676"/>
        <source>Take off {d} offset by a loss elsewhere (displacement), {l} going outside the intended group (leakage) and {s} swapped for a similar activity (substitution) = {v} (additionality).</source>
        <translation>Tynnu {d} sy&apos;n cael ei wrthbwyso gan golled yn rhywle arall (dadleoli), {l} sy&apos;n mynd y tu allan i&apos;r grŵp a fwriadwyd (gollyngiad) a {s} a gyfnewidiwyd am weithgaredd tebyg (amnewid) = {v} (ychwanegedd).</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="678"/>
        <source>{rate} a year, every year (a flat rate)</source>
        <translation>{rate} y flwyddyn, bob blwyddyn (cyfradd sefydlog)</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="680"/>
        <source>{q} × {rate} per {unit} = {amount}</source>
        <translation>{q} × {rate} fesul {unit} = {amount}</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="682"/>
        <source>{year} (no price year given, so assumed)</source>
        <translation>{year} (dim blwyddyn brisiau wedi&apos;i rhoi, felly wedi&apos;i thybio)</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="684"/>
        <source>Spent (actual), so not increased for optimism bias.</source>
        <translation>Wedi&apos;i wario (gwirioneddol), felly heb ei gynyddu ar gyfer tuedd optimistiaeth.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="688"/>
        <source>Who invests and who gains (today&apos;s values)</source>
        <translation>Pwy sy&apos;n buddsoddi a phwy sy&apos;n elwa (gwerthoedd heddiw)</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="690"/>
        <source>How far the assumptions can move (switching values)</source>
        <translation>Pa mor bell y gall y rhagdybiaethau symud (gwerthoedd newid)</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="692"/>
        <source>A benefit to {kind}, cashable (a budget is actually freed up).</source>
        <translation>Budd i {kind}, arian parod (mae cyllideb yn cael ei rhyddhau mewn gwirionedd).</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="694"/>
        <source>A benefit to {kind}, not cashable.</source>
        <translation>Budd i {kind}, nid arian parod.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="696"/>
        <source>Who it falls to: {agencies}.</source>
        <translation>I bwy mae&apos;n disgyn: {agencies}.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="700"/>
        <source>Not reduced for a disbenefit: weak evidence must not make a cost the work caused look smaller (no optimism bias) = {v}.</source>
        <translation>Heb ei leihau ar gyfer anfudd: rhaid i dystiolaeth wan beidio â gwneud i gost a achoswyd gan y gwaith edrych yn llai (dim tuedd optimistiaeth) = {v}.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="702"/>
        <source>Take off {o} because the evidence is {e} (optimism bias) = {v}.</source>
        <translation>Tynnu {o} oherwydd bod y dystiolaeth yn {e} (tuedd optimistiaeth) = {v}.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="706"/>
        <source>In today&apos;s money, discounted at the health rate for values of health and life (later years count for less) = {v}.</source>
        <translation>Yn arian heddiw, wedi&apos;i ddisgowntio ar y gyfradd iechyd ar gyfer gwerthoedd iechyd a bywyd (mae blynyddoedd diweddarach yn cyfrif am lai) = {v}.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="708"/>
        <source>In today&apos;s money (later years count for less: discounting) = {v}.</source>
        <translation>Yn arian heddiw (mae blynyddoedd diweddarach yn cyfrif am lai: disgowntio) = {v}.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="736"/>
        <source>Each prevented cost starts from a published unit cost and is then reduced, step by step, so that the figure is cautious. Years counted: {years}. Discount rates (HM Treasury Green Book): {standard}; for values of health and life, {health}.</source>
        <translation>Mae pob cost a ataliwyd yn dechrau o gost uned gyhoeddedig ac yna&apos;n cael ei lleihau, gam wrth gam, fel bod y ffigur yn ofalus. Blynyddoedd a gyfrifwyd: {years}. Cyfraddau disgownt (Llyfr Gwyrdd Trysorlys EF): {standard}; ar gyfer gwerthoedd iechyd a bywyd, {health}.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="698"/>
        <source>(local figure)</source>
        <translation>(ffigur lleol)</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="704"/>
        <source>After the effect wears off in later years (drop-off) or falls beyond the time horizon = {v}.</source>
        <translation>Ar ôl i&apos;r effaith bylu mewn blynyddoedd diweddarach (lleihad) neu syrthio y tu hwnt i&apos;r gorwel amser = {v}.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="710"/>
        <source>unit</source>
        <translation>uned</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="712"/>
        <source>a year for {n} years from year {y}</source>
        <translation>y flwyddyn am {n} blynedd o flwyddyn {y}</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="714"/>
        <source>Estimated, so increased by {ob} for optimism bias = {after} a year.</source>
        <translation>Amcangyfrif, felly wedi&apos;i gynyddu {ob} ar gyfer tuedd optimistiaeth = {after} y flwyddyn.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="716"/>
        <source>Today&apos;s value {pv}; paid by {agency}.</source>
        <translation>Gwerth heddiw {pv}; wedi&apos;i dalu gan {agency}.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="718"/>
        <source>{name}: benefit {b} ÷ cost {c} = {ratio}, {per_pound}. Net {n}.</source>
        <translation>{name}: budd {b} ÷ cost {c} = {ratio}, {per_pound}. Net {n}.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="720"/>
        <source>{name}: benefit {b}; no costs of the work counted, so no ratio.</source>
        <translation>{name}: budd {b}; dim costau&apos;r gwaith wedi&apos;u cyfrif, felly dim cymhareb.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="722"/>
        <source>How the figures were read</source>
        <translation>Sut y darllenwyd y ffigurau</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="726"/>
        <source>{rate} from year {start}</source>
        <translation>{rate} o flwyddyn {start}</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="728"/>
        <source>{rate} in years {start}-{end}</source>
        <translation>{rate} ym mlynyddoedd {start}-{end}</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="730"/>
        <source>Spent, increased by {ob} = {after} a year.</source>
        <translation>Wedi&apos;i wario, wedi&apos;i gynyddu {ob} = {after} y flwyddyn.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="732"/>
        <source>not stated</source>
        <translation>heb ei nodi</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="734"/>
        <source>Source:</source>
        <translation>Ffynhonnell:</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="686"/>
        <source>What the work cost</source>
        <translation>Beth gostiodd y gwaith</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="724"/>
        <source>Please note</source>
        <translation>Sylwch</translation>
    </message>
</context>
<context>
    <name>CreatePage</name>
    <message>
        <location filename="../gui/session/first_run.py" line="185"/>
        <source>Setting up the vault</source>
        <translation>Wrthi&apos;n paratoi&apos;r gladdgell</translation>
    </message>
    <message>
        <location filename="../gui/session/first_run.py" line="187"/>
        <source>This takes a few seconds. Please leave FamilyCase open until it finishes.</source>
        <translation>Mae hyn yn cymryd ychydig eiliadau. Gadewch FamilyCase ar agor nes iddo orffen.</translation>
    </message>
    <message>
        <location filename="../gui/session/first_run.py" line="190"/>
        <source>&amp;Next</source>
        <translation>&amp;Nesaf</translation>
    </message>
    <message>
        <location filename="../gui/session/first_run.py" line="198"/>
        <source>Setting up</source>
        <translation>Wrthi&apos;n paratoi</translation>
    </message>
    <message>
        <location filename="../gui/session/first_run.py" line="200"/>
        <source>&amp;Try again</source>
        <translation>Rhoi &amp;cynnig arall</translation>
    </message>
    <message>
        <location filename="../gui/session/first_run.py" line="228"/>
        <source>Measuring this computer, to make your password slow to guess…</source>
        <translation>Wrthi&apos;n mesur y cyfrifiadur hwn, er mwyn i&apos;ch cyfrinair fod yn araf i&apos;w ddyfalu…</translation>
    </message>
    <message>
        <location filename="../gui/session/first_run.py" line="232"/>
        <source>Creating the encrypted vault…</source>
        <translation>Wrthi&apos;n creu&apos;r gladdgell wedi&apos;i hamgryptio…</translation>
    </message>
    <message>
        <location filename="../gui/session/first_run.py" line="242"/>
        <source>The vault is ready. Next, write down or print the recovery key.</source>
        <translation>Mae&apos;r gladdgell yn barod. Nesaf, ysgrifennwch neu argraffwch yr allwedd adfer.</translation>
    </message>
    <message>
        <location filename="../gui/session/first_run.py" line="250"/>
        <source>The vault could not be created.</source>
        <translation>Methu creu&apos;r gladdgell.</translation>
    </message>
</context>
<context>
    <name>DecideDialog</name>
    <message>
        <location filename="../gui/family_file/oversight/dialogs.py" line="35"/>
        <source>Approve</source>
        <translation>Cymeradwyo</translation>
    </message>
    <message>
        <location filename="../gui/family_file/oversight/dialogs.py" line="35"/>
        <source>Return with a reason</source>
        <translation>Dychwelyd gyda rheswm</translation>
    </message>
    <message>
        <location filename="../gui/family_file/oversight/dialogs.py" line="42"/>
        <source>{what} for {family}, asked by {who} on {date}.</source>
        <translation>{what} ar gyfer {family}, gofynnwyd gan {who} ar {date}.</translation>
    </message>
    <message>
        <location filename="../gui/family_file/oversight/dialogs.py" line="49"/>
        <source>Their reason: {reason}</source>
        <translation>Eu rheswm: {reason}</translation>
    </message>
    <message>
        <location filename="../gui/family_file/oversight/dialogs.py" line="52"/>
        <source>Approving makes the change now, in the family file, under their name and yours.</source>
        <translation>Mae cymeradwyo&apos;n gwneud y newid nawr, yn ffeil y teulu, o dan eu henw nhw a&apos;ch enw chi.</translation>
    </message>
    <message>
        <location filename="../gui/family_file/oversight/dialogs.py" line="56"/>
        <source>Nothing in the family file changes; they see your reason in their in-tray.</source>
        <translation>Does dim yn newid yn ffeil y teulu; maen nhw&apos;n gweld eich rheswm yn eu hambwrdd mewn.</translation>
    </message>
    <message>
        <location filename="../gui/family_file/oversight/dialogs.py" line="60"/>
        <source>&amp;Note (optional)</source>
        <translation>&amp;Nodyn (dewisol)</translation>
    </message>
    <message>
        <location filename="../gui/family_file/oversight/dialogs.py" line="60"/>
        <source>&amp;Reason</source>
        <translation>&amp;Rheswm</translation>
    </message>
    <message>
        <location filename="../gui/family_file/oversight/dialogs.py" line="63"/>
        <source>&amp;Approve</source>
        <translation>&amp;Cymeradwyo</translation>
    </message>
    <message>
        <location filename="../gui/family_file/oversight/dialogs.py" line="63"/>
        <source>Re&amp;turn it</source>
        <translation>&amp;Dychwelyd</translation>
    </message>
    <message>
        <location filename="../gui/family_file/oversight/dialogs.py" line="69"/>
        <source>Decision on {what} ({reference})</source>
        <translation>Penderfyniad ar {what} ({reference})</translation>
    </message>
    <message>
        <location filename="../gui/family_file/oversight/dialogs.py" line="76"/>
        <source>Say why it is being returned.</source>
        <translation>Dywedwch pam mae&apos;n cael ei ddychwelyd.</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <location filename="../gui/family_file/work/referral_dialogs.py" line="34"/>
        <source>Decide about the referral</source>
        <translation>Penderfynu am yr atgyfeiriad</translation>
    </message>
    <message>
        <location filename="../gui/family_file/work/referral_dialogs.py" line="41"/>
        <source>What was decided about the referral received on {date}, and why. Then tell the referrer: referrers are rarely told what happened to a referral.</source>
        <translation>Beth a benderfynwyd am yr atgyfeiriad a ddaeth i law ar {date}, a pham. Yna dywedwch wrth yr atgyfeiriwr: anaml y mae atgyfeirwyr yn cael gwybod beth ddigwyddodd i atgyfeiriad.</translation>
    </message>
    <message>
        <location filename="../gui/family_file/work/referral_dialogs.py" line="48"/>
        <source>&amp;Decision</source>
        <translation>&amp;Penderfyniad</translation>
    </message>
    <message>
        <location filename="../gui/family_file/work/referral_dialogs.py" line="51"/>
        <source>Date of decisi&amp;on</source>
        <translation>Dyddiad y pe&amp;nderfyniad</translation>
    </message>
    <message>
        <location filename="../gui/family_file/work/referral_dialogs.py" line="56"/>
        <source>&amp;Why</source>
        <translation>P&amp;am</translation>
    </message>
    <message>
        <location filename="../gui/family_file/work/referral_dialogs.py" line="60"/>
        <source>e.g. needs across school and home; the family want help with routines.</source>
        <translation>e.e. anghenion yn yr ysgol ac yn y cartref; mae&apos;r teulu eisiau help gyda threfn bob dydd.</translation>
    </message>
    <message>
        <location filename="../gui/family_file/work/referral_dialogs.py" line="63"/>
        <source>&amp;Record the decision</source>
        <translation>&amp;Cofnodi&apos;r penderfyniad</translation>
    </message>
    <message>
        <location filename="../gui/family_file/work/referral_dialogs.py" line="79"/>
        <source>Give the reason for the decision.</source>
        <translation>Rhowch y rheswm dros y penderfyniad.</translation>
    </message>
</context>
<context>
    <name>DestroyDialog</name>
    <message>
        <location filename="../gui/admin/retention.py" line="70"/>
        <source>Destroy {reference}</source>
        <translation>Dinistrio {reference}</translation>
    </message>
    <message>
        <location filename="../gui/admin/retention.py" line="78"/>
        <source>Destroy the family file {reference}?</source>
        <translation>Dinistrio ffeil y teulu {reference}?</translation>
    </message>
    <message>
        <location filename="../gui/admin/retention.py" line="83"/>
        <source>This family&apos;s last episode closed on {closed}; the retention period ended on {ended}.

Destroying it deletes everything recorded about the family: people, notes, assessments, plans, consent and costs. The family&apos;s key is destroyed first, so even old backups of the vault can no longer be read. This cannot be undone. The audit log keeps only the reference and dates, no names.</source>
        <translation>Daeth cyfnod gwaith olaf y teulu hwn i ben ar {closed}; daeth y cyfnod cadw i ben ar {ended}.

Mae ei dinistrio&apos;n dileu popeth a gofnodwyd am y teulu: pobl, nodiadau, asesiadau, cynlluniau, caniatâd a chostau. Mae allwedd y teulu&apos;n cael ei dinistrio gyntaf, felly ni ellir darllen hyd yn oed hen gopïau wrth gefn o&apos;r gladdgell. Does dim modd dadwneud hyn. Dim ond y cyfeirnod a&apos;r dyddiadau mae&apos;r log archwilio&apos;n eu cadw, dim enwau.</translation>
    </message>
    <message>
        <location filename="../gui/admin/retention.py" line="97"/>
        <source>Type the family&apos;s reference to confirm</source>
        <translation>Teipiwch gyfeirnod y teulu i gadarnhau</translation>
    </message>
    <message>
        <location filename="../gui/admin/retention.py" line="99"/>
        <source>&amp;Type the reference {reference} again to confirm:</source>
        <translation>&amp;Teipiwch y cyfeirnod {reference} eto i gadarnhau:</translation>
    </message>
    <message>
        <location filename="../gui/admin/retention.py" line="107"/>
        <source>&amp;Destroy for ever</source>
        <translation>&amp;Dinistrio am byth</translation>
    </message>
    <message>
        <location filename="../gui/admin/retention.py" line="110"/>
        <source>Destroy for ever</source>
        <translation>Dinistrio am byth</translation>
    </message>
    <message>
        <location filename="../gui/admin/retention.py" line="112"/>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <location filename="../gui/admin/retention.py" line="145"/>
        <source>Type the reference {reference} to confirm.</source>
        <translation>Teipiwch y cyfeirnod {reference} i gadarnhau.</translation>
    </message>
</context>
<context>
    <name>DocumentsTab</name>
    <message>
        <location filename="../gui/family_file/documents/tab.py" line="46"/>
        <source>File</source>
        <translation>Ffeil</translation>
    </message>
    <message>
        <location filename="../gui/family_file/documents/tab.py" line="47"/>
        <source>Type</source>
        <translation>Math</translation>
    </message>
    <message>
        <location filename="../gui/family_file/documents/tab.py" line="48"/>
        <source>Size</source>
        <translation>Maint</translation>
    </message>
    <message>
        <location filename="../gui/family_file/documents/tab.py" line="49"/>
        <source>About</source>
        <translation>Am</translation>
    </message>
    <message>
        <location filename="../gui/family_file/documents/tab.py" line="50"/>
        <source>Added</source>
        <translation>Ychwanegwyd</translation>
    </message>
    <message>
        <location filename="../gui/family_file/documents/tab.py" line="51"/>
        <source>By</source>
        <translation>Gan</translation>
    </message>
    <message>
        <location filename="../gui/family_file/documents/tab.py" line="52"/>
        <source>What it is</source>
        <translation>Beth yw hi</translation>
    </message>
    <message>
        <location filename="../gui/family_file/documents/tab.py" line="55"/>
        <location filename="../gui/family_file/documents/tab.py" line="64"/>
        <source>Documents</source>
        <translation>Dogfennau</translation>
    </message>
    <message>
        <location filename="../gui/family_file/documents/tab.py" line="58"/>
        <source>&amp;Add a document…</source>
        <translation>&amp;Ychwanegu dogfen…</translation>
    </message>
    <message>
        <location filename="../gui/family_file/documents/tab.py" line="59"/>
        <source>&amp;Save a copy…</source>
        <translation>&amp;Cadw copi…</translation>
    </message>
    <message>
        <location filename="../gui/family_file/documents/tab.py" line="60"/>
        <source>Re&amp;move…</source>
        <translation>&amp;Tynnu…</translation>
    </message>
    <message>
        <location filename="../gui/family_file/documents/tab.py" line="68"/>
        <source>Letters, reports, photos of a signed form: kept encrypted in the family file, never as files on this computer. To read one, save a copy (it then leaves the encrypted vault).</source>
        <translation>Llythyrau, adroddiadau, lluniau o ffurflen wedi&apos;i llofnodi: wedi&apos;u cadw wedi&apos;u hamgryptio yn ffeil y teulu, byth fel ffeiliau ar y cyfrifiadur hwn. I ddarllen un, cadwch gopi (mae wedyn yn gadael y gladdgell wedi&apos;i hamgryptio).</translation>
    </message>
    <message>
        <location filename="../gui/family_file/documents/tab.py" line="94"/>
        <source>Contact on {date}</source>
        <translation>Cyswllt ar {date}</translation>
    </message>
    <message>
        <location filename="../gui/family_file/documents/tab.py" line="95"/>
        <source>The whole family</source>
        <translation>Y teulu cyfan</translation>
    </message>
    <message>
        <location filename="../gui/family_file/documents/tab.py" line="120"/>
        <source>Could not list the documents</source>
        <translation>Methu rhestru&apos;r dogfennau</translation>
    </message>
    <message>
        <location filename="../gui/family_file/documents/tab.py" line="145"/>
        <source>Choose the document to keep</source>
        <translation>Dewis y ddogfen i&apos;w chadw</translation>
    </message>
    <message>
        <location filename="../gui/family_file/documents/tab.py" line="149"/>
        <source>Documents, photos and scans (*.pdf *.doc *.docx *.odt *.rtf *.txt *.xls *.xlsx *.ods *.csv *.eml *.msg *.jpg *.jpeg *.png *.gif *.heic *.tif *.tiff)</source>
        <translation>Dogfennau, lluniau a sganiau (*.pdf *.doc *.docx *.odt *.rtf *.txt *.xls *.xlsx *.ods *.csv *.eml *.msg *.jpg *.jpeg *.png *.gif *.heic *.tif *.tiff)</translation>
    </message>
    <message>
        <location filename="../gui/family_file/documents/tab.py" line="175"/>
        <source>Save a copy outside FamilyCase</source>
        <translation>Cadw copi y tu allan i FamilyCase</translation>
    </message>
    <message>
        <location filename="../gui/family_file/documents/tab.py" line="177"/>
        <source>The copy of {file} will leave the encrypted vault: anyone who can open the folder you choose can read it. Keep it only as long as you need it, and share it only as your information-sharing rules allow.</source>
        <translation>Bydd y copi o {file} yn gadael y gladdgell wedi&apos;i hamgryptio: gall unrhyw un sy&apos;n gallu agor y ffolder a ddewiswch ei ddarllen. Cadwch ef dim ond cyhyd ag y mae ei angen arnoch, a&apos;i rannu dim ond fel y mae eich rheolau rhannu gwybodaeth yn ei ganiatáu.</translation>
    </message>
    <message>
        <location filename="../gui/family_file/documents/tab.py" line="181"/>
        <source>Choose where to save</source>
        <translation>Dewis ble i gadw</translation>
    </message>
    <message>
        <location filename="../gui/family_file/documents/tab.py" line="186"/>
        <source>Save a copy of the document</source>
        <translation>Cadw copi o&apos;r ddogfen</translation>
    </message>
    <message>
        <location filename="../gui/family_file/documents/tab.py" line="202"/>
        <source>Could not save the copy</source>
        <translation>Methu cadw&apos;r copi</translation>
    </message>
    <message>
        <location filename="../gui/family_file/documents/tab.py" line="208"/>
        <source>Written outside FamilyCase</source>
        <translation>Wedi&apos;i ysgrifennu y tu allan i FamilyCase</translation>
    </message>
    <message>
        <location filename="../gui/family_file/documents/tab.py" line="209"/>
        <source>Written (not encrypted), readable only by you:
{file}</source>
        <translation>Wedi&apos;i ysgrifennu (heb ei amgryptio), i chi yn unig ei ddarllen:
{file}</translation>
    </message>
    <message>
        <location filename="../gui/family_file/documents/tab.py" line="218"/>
        <source>Remove a document</source>
        <translation>Tynnu dogfen</translation>
    </message>
    <message>
        <location filename="../gui/family_file/documents/tab.py" line="219"/>
        <source>Remove {file} from this family file? It cannot be brought back.</source>
        <translation>Tynnu {file} o ffeil y teulu hwn? Does dim modd ei chael yn ôl.</translation>
    </message>
    <message>
        <location filename="../gui/family_file/documents/tab.py" line="222"/>
        <source>Remove it</source>
        <translation>Ei thynnu</translation>
    </message>
    <message>
        <location filename="../gui/family_file/documents/tab.py" line="225"/>
        <source>Could not remove the document</source>
        <translation>Methu tynnu&apos;r ddogfen</translation>
    </message>
</context>
<context>
    <name>Editing</name>
    <message>
        <location filename="more_messages.py" line="148"/>
        <source>Something went wrong and nothing was saved ({problem}).</source>
        <translation>Aeth rhywbeth o&apos;i le a chafodd dim ei gadw ({problem}).</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="150"/>
        <source>&amp;Save</source>
        <translation>&amp;Cadw</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="152"/>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="154"/>
        <source>Unsaved changes</source>
        <translation>Newidiadau heb eu cadw</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="156"/>
        <source>FamilyCase never makes a decision for you: it was not confirmed.</source>
        <translation>Dydy FamilyCase byth yn gwneud penderfyniad ar eich rhan: chafodd hwn mo&apos;i gadarnhau.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="158"/>
        <source>You have changed “{what}”. Save the changes?</source>
        <translation>Rydych chi wedi newid “{what}”. Cadw&apos;r newidiadau?</translation>
    </message>
</context>
<context>
    <name>EditorDialog</name>
    <message>
        <location filename="more_messages.py" line="738"/>
        <source>Family &amp;name</source>
        <translation>E&amp;nw&apos;r teulu</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="740"/>
        <source>e.g. Brambleford family</source>
        <translation>e.e. teulu Brambleford</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="742"/>
        <source>&amp;Address</source>
        <translation>Cyfe&amp;iriad</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="744"/>
        <source>Address line &amp;2</source>
        <translation>Llinell &amp;2 y cyfeiriad</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="746"/>
        <source>&amp;Town</source>
        <translation>&amp;Tref</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="748"/>
        <source>Post&amp;code</source>
        <translation>Cod &amp;post</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="750"/>
        <source>Main &amp;language at home</source>
        <translation>Prif iait&amp;h gartref</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="752"/>
        <source>&amp;Interpreter needed</source>
        <translation>Angen cyfieith&amp;ydd</translation>
    </message>
</context>
<context>
    <name>EndRiskDialog</name>
    <message>
        <location filename="../gui/family_file/risks/risk_dialog.py" line="141"/>
        <source>End an alert</source>
        <translation>Dod â rhybudd i ben</translation>
    </message>
    <message>
        <location filename="../gui/family_file/risks/risk_dialog.py" line="148"/>
        <source>“{kind}” will leave the banner and the caseloads. It stays in the family&apos;s chronology.</source>
        <translation>Bydd “{kind}” yn gadael y faner a&apos;r llwythi achosion. Mae&apos;n aros yng nghronoleg y teulu.</translation>
    </message>
    <message>
        <location filename="../gui/family_file/risks/risk_dialog.py" line="153"/>
        <source>&amp;Ended on</source>
        <translation>Daeth i ben &amp;ar</translation>
    </message>
    <message>
        <location filename="../gui/family_file/risks/risk_dialog.py" line="155"/>
        <source>&amp;Why it ended</source>
        <translation>&amp;Pam y daeth i ben</translation>
    </message>
    <message>
        <location filename="../gui/family_file/risks/risk_dialog.py" line="156"/>
        <source>e.g. plan ended at the review conference</source>
        <translation>e.e. daeth y cynllun i ben yn y gynhadledd adolygu</translation>
    </message>
    <message>
        <location filename="../gui/family_file/risks/risk_dialog.py" line="158"/>
        <source>E&amp;nd the alert</source>
        <translation>Dod â&apos;r rhybudd i &amp;ben</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <location filename="../gui/family_file/timeline/event_dialog.py" line="37"/>
        <source>Add a significant event</source>
        <translation>Ychwanegu digwyddiad arwyddocaol</translation>
    </message>
    <message>
        <location filename="../gui/family_file/timeline/event_dialog.py" line="43"/>
        <source>Something that matters in a child&apos;s life and is not already in the file: a move, an exclusion, an incident, a hospital stay, a court date.</source>
        <translation>Rhywbeth sy&apos;n bwysig ym mywyd plentyn ac nad yw eisoes yn y ffeil: symud tŷ, gwaharddiad, digwyddiad, arhosiad yn yr ysbyty, dyddiad llys.</translation>
    </message>
    <message>
        <location filename="../gui/family_file/timeline/event_dialog.py" line="48"/>
        <source>&amp;Date</source>
        <translation>&amp;Dyddiad</translation>
    </message>
    <message>
        <location filename="../gui/family_file/timeline/event_dialog.py" line="50"/>
        <source>&amp;What happened</source>
        <translation>&amp;Beth ddigwyddodd</translation>
    </message>
    <message>
        <location filename="../gui/family_file/timeline/event_dialog.py" line="51"/>
        <source>e.g. Fixed-term exclusion (2 days)</source>
        <translation>e.e. Gwaharddiad cyfnod penodol (2 ddiwrnod)</translation>
    </message>
    <message>
        <location filename="../gui/family_file/timeline/event_dialog.py" line="52"/>
        <source>D&amp;etail</source>
        <translation>&amp;Manylion</translation>
    </message>
    <message>
        <location filename="../gui/family_file/timeline/event_dialog.py" line="55"/>
        <source>&amp;About</source>
        <translation>&amp;Am bwy</translation>
    </message>
    <message>
        <location filename="../gui/family_file/timeline/event_dialog.py" line="58"/>
        <source>Tick nobody for the whole family.</source>
        <translation>Peidiwch â thicio neb ar gyfer y teulu cyfan.</translation>
    </message>
    <message>
        <location filename="../gui/family_file/timeline/event_dialog.py" line="61"/>
        <source>Type of &amp;information</source>
        <translation>Math o &amp;wybodaeth</translation>
    </message>
    <message>
        <location filename="../gui/family_file/timeline/event_dialog.py" line="64"/>
        <source>What the consent gate decides by when the chronology is printed.</source>
        <translation>Yr hyn y mae&apos;r porth caniatâd yn penderfynu yn ei ôl pan fydd y cronoleg yn cael ei argraffu.</translation>
    </message>
    <message>
        <location filename="../gui/family_file/timeline/event_dialog.py" line="67"/>
        <source>Add the e&amp;vent</source>
        <translation>&amp;Ychwanegu&apos;r digwyddiad</translation>
    </message>
</context>
<context>
    <name>FamilyCase</name>
    <message>
        <location filename="../gui/app.py" line="195"/>
        <location filename="more_messages.py" line="92"/>
        <source>Lock FamilyCase</source>
        <translation>Cloi FamilyCase</translation>
    </message>
    <message>
        <location filename="../gui/app.py" line="197"/>
        <location filename="more_messages.py" line="98"/>
        <source>&amp;Discard and lock</source>
        <translation>&amp;Gwaredu a chloi</translation>
    </message>
    <message>
        <location filename="../gui/app.py" line="283"/>
        <location filename="more_messages.py" line="104"/>
        <source>“{what}” could not be saved before FamilyCase locked: {problem}</source>
        <translation>Methu cadw “{what}” cyn i FamilyCase gloi: {problem}</translation>
    </message>
    <message>
        <location filename="../gui/app.py" line="289"/>
        <location filename="more_messages.py" line="94"/>
        <source>Not saved</source>
        <translation>Heb ei gadw</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="82"/>
        <source>If that was not you, tell your team leader. The tries are in the audit log, which goes to the team at your next check-in.</source>
        <translation>Os nad chi oedd hynny, dywedwch wrth arweinydd eich tîm. Mae&apos;r ymdrechion yn y log archwilio, sy&apos;n mynd i&apos;r tîm y tro nesaf y dewch â&apos;ch teuluoedd yn ôl.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="84"/>
        <source>FamilyCase locked itself because nobody used it for a while.</source>
        <translation>Cloiodd FamilyCase ei hun am nad oedd neb wedi&apos;i ddefnyddio ers tipyn.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="86"/>
        <source>No FamilyCase vault yet</source>
        <translation>Dim claddgell FamilyCase eto</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="88"/>
        <source>This is not a FamilyCase vault</source>
        <translation>Nid claddgell FamilyCase yw hon</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="90"/>
        <source>Failed sign-ins on this laptop</source>
        <translation>Ymdrechion aflwyddiannus i fewngofnodi ar y gliniadur hwn</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="96"/>
        <source>&lt;p&gt;{opening}&lt;/p&gt;&lt;p&gt;A vault is the encrypted file that holds your organisation&apos;s family files. To make one, start FamilyCase with an empty folder, or run one of these:&lt;/p&gt;&lt;p&gt;&lt;b&gt;To start using FamilyCase&lt;/b&gt; (you will be its first administrator):&lt;br&gt;&lt;code&gt;familycase --data {data} init --organisation &quot;Your organisation&quot; --admin yourname --name &quot;Your Name&quot;&lt;/code&gt;&lt;/p&gt;&lt;p&gt;&lt;b&gt;To try it with made-up families&lt;/b&gt;:&lt;br&gt;&lt;code&gt;familycase --data {data} demo&lt;/code&gt;&lt;/p&gt;&lt;p&gt;Then start FamilyCase again. To open a vault kept somewhere else, use &lt;code&gt;familycase --data FOLDER&lt;/code&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;{opening}&lt;/p&gt;&lt;p&gt;Claddgell yw&apos;r ffeil wedi&apos;i hamgryptio sy&apos;n cadw ffeiliau teulu eich sefydliad. I greu un, dechreuwch FamilyCase gyda ffolder wag, neu rhedwch un o&apos;r rhain:&lt;/p&gt;&lt;p&gt;&lt;b&gt;I ddechrau defnyddio FamilyCase&lt;/b&gt; (chi fydd y gweinyddwr cyntaf):&lt;br&gt;&lt;code&gt;familycase --data {data} init --organisation &quot;Eich sefydliad&quot; --admin eichenw --name &quot;Eich Enw&quot;&lt;/code&gt;&lt;/p&gt;&lt;p&gt;&lt;b&gt;I roi cynnig arni gyda theuluoedd ffug&lt;/b&gt;:&lt;br&gt;&lt;code&gt;familycase --data {data} demo&lt;/code&gt;&lt;/p&gt;&lt;p&gt;Yna dechreuwch FamilyCase eto. I agor claddgell sy&apos;n cael ei chadw rywle arall, defnyddiwch &lt;code&gt;familycase --data FFOLDER&lt;/code&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="100"/>
        <source>Your unsaved changes that were complete were saved.</source>
        <translation>Cafodd eich newidiadau cyflawn nad oedd wedi&apos;u cadw eu cadw.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="102"/>
        <source>Changes that could not be saved as they were have been discarded.</source>
        <translation>Cafodd newidiadau nad oedd modd eu cadw fel yr oedden nhw eu gwaredu.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="106"/>
        <source>There is no FamilyCase vault in {folder} yet.</source>
        <translation>Does dim claddgell FamilyCase yn {folder} eto.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="108"/>
        <source>Lock</source>
        <translation>Cloi</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="110"/>
        <source>Find a family</source>
        <translation>Dod o hyd i deulu</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="112"/>
        <source>Keyboard help</source>
        <translation>Help gyda&apos;r bysellfwrdd</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="114"/>
        <source>Someone tried to sign in on this laptop with a wrong password once since you last signed in here ({when}).</source>
        <translation>Ceisiodd rhywun fewngofnodi ar y gliniadur hwn gyda chyfrinair anghywir unwaith ers i chi fewngofnodi yma ddiwethaf ({when}).</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="116"/>
        <source>Someone tried to sign in on this laptop with a wrong password {n} times since you last signed in here (the last time: {when}).</source>
        <translation>Ceisiodd rhywun fewngofnodi ar y gliniadur hwn gyda chyfrinair anghywir {n} o weithiau ers i chi fewngofnodi yma ddiwethaf (y tro olaf: {when}).</translation>
    </message>
</context>
<context>
    <name>FamilyConsentDialog</name>
    <message>
        <location filename="../gui/family_file/consent/family_consent_dialog.py" line="95"/>
        <source>Record consent to share</source>
        <translation>Cofnodi caniatâd i rannu</translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/family_consent_dialog.py" line="102"/>
        <source>Tick each person who agreed, and what they agreed to: which agencies may be told, why, and which kinds of information. Nothing is ticked until you tick it, and anything not ticked is withheld when FamilyCase prints, exports or prepares a panel summary. Where one person agreed to less, add an exception.</source>
        <translation>Ticiwch bob person a gytunodd, a beth y cytunon nhw iddo: pa asiantaethau y cawn ddweud wrthyn nhw, pam, a pha fathau o wybodaeth. Does dim wedi&apos;i dicio nes i chi ei dicio, ac mae unrhyw beth heb dic yn cael ei ddal yn ôl pan fydd FamilyCase yn argraffu, yn allforio neu&apos;n paratoi crynodeb i&apos;r panel. Lle cytunodd un person i lai, ychwanegwch eithriad.</translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/family_consent_dialog.py" line="116"/>
        <source>Agreed</source>
        <translation>Wedi cytuno</translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/family_consent_dialog.py" line="116"/>
        <source>Consent given by</source>
        <translation>Rhoddwyd caniatâd gan</translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/family_consent_dialog.py" line="136"/>
        <source>&amp;People who agreed</source>
        <translation>&amp;Pobl a gytunodd</translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/family_consent_dialog.py" line="137"/>
        <source>People who agreed</source>
        <translation>Pobl a gytunodd</translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/family_consent_dialog.py" line="139"/>
        <source>&amp;How consent was given</source>
        <translation>&amp;Sut y rhoddwyd caniatâd</translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/family_consent_dialog.py" line="143"/>
        <source>&amp;Date given</source>
        <translation>&amp;Dyddiad ei roi</translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/family_consent_dialog.py" line="147"/>
        <source>Review or e&amp;xpiry date</source>
        <translation>Dyddiad ad&amp;olygu neu ddod i ben</translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/family_consent_dialog.py" line="150"/>
        <source>Consent is usually reviewed every year. Leave blank for no end date.</source>
        <translation>Fel arfer mae caniatâd yn cael ei adolygu bob blwyddyn. Gadewch yn wag os nad oes dyddiad gorffen.</translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/family_consent_dialog.py" line="153"/>
        <source>What was agreed (by everyone ticked above)</source>
        <translation>Beth y cytunwyd iddo (gan bawb sydd wedi&apos;u ticio uchod)</translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/family_consent_dialog.py" line="155"/>
        <source>&amp;Agencies</source>
        <translation>&amp;Asiantaethau</translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/family_consent_dialog.py" line="160"/>
        <source>P&amp;urposes</source>
        <translation>Di&amp;benion</translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/family_consent_dialog.py" line="163"/>
        <source>&amp;Information</source>
        <translation>&amp;Gwybodaeth</translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/family_consent_dialog.py" line="167"/>
        <source>Exceptions: what one person did not agree to</source>
        <translation>Eithriadau: beth na chytunodd un person iddo</translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/family_consent_dialog.py" line="173"/>
        <source>None: everyone ticked agreed to all of it.</source>
        <translation>Dim: cytunodd pawb sydd wedi&apos;u ticio i&apos;r cyfan.</translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/family_consent_dialog.py" line="176"/>
        <source>Add an &amp;exception</source>
        <translation>Ychwanegu &amp;eithriad</translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/family_consent_dialog.py" line="181"/>
        <source>Exceptions</source>
        <translation>Eithriadau</translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/family_consent_dialog.py" line="183"/>
        <source>&amp;Lawful basis for processing</source>
        <translation>Sail gyfreith&amp;lon dros brosesu</translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/family_consent_dialog.py" line="186"/>
        <source>Usually public task; this is separate from consent to share.</source>
        <translation>Tasg gyhoeddus fel arfer; mae hyn ar wahân i ganiatâd i rannu.</translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/family_consent_dialog.py" line="188"/>
        <source>N&amp;otes</source>
        <translation>Nod&amp;iadau</translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/family_consent_dialog.py" line="191"/>
        <source>&amp;Record consent</source>
        <translation>&amp;Cofnodi caniatâd</translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/family_consent_dialog.py" line="200"/>
        <source>{name} agreed</source>
        <translation>Cytunodd {name}</translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/family_consent_dialog.py" line="202"/>
        <source>{name}: consent given by</source>
        <translation>{name}: rhoddwyd caniatâd gan</translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/family_consent_dialog.py" line="205"/>
        <source>{name}: name of the person giving consent</source>
        <translation>{name}: enw&apos;r sawl sy&apos;n rhoi caniatâd</translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/family_consent_dialog.py" line="207"/>
        <source>Who gave consent for them</source>
        <translation>Pwy roddodd ganiatâd ar eu rhan</translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/family_consent_dialog.py" line="208"/>
        <source>Leave blank when the person agreed for themselves.</source>
        <translation>Gadewch yn wag os cytunodd y person ei hun.</translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/family_consent_dialog.py" line="209"/>
        <source>Competence assessed</source>
        <translation>Wedi asesu cymhwysedd</translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/family_consent_dialog.py" line="210"/>
        <source>{name}: competence assessed</source>
        <translation>{name}: wedi asesu cymhwysedd</translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/family_consent_dialog.py" line="254"/>
        <source>not {agency}</source>
        <translation>nid {agency}</translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/family_consent_dialog.py" line="259"/>
        <source>not {information}</source>
        <translation>nid {information}</translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/family_consent_dialog.py" line="268"/>
        <source>Exception {n}: person</source>
        <translation>Eithriad {n}: person</translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/family_consent_dialog.py" line="269"/>
        <source>Exception {n}: left out</source>
        <translation>Eithriad {n}: wedi&apos;i adael allan</translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/family_consent_dialog.py" line="270"/>
        <source>Remove</source>
        <translation>Tynnu</translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/family_consent_dialog.py" line="271"/>
        <source>Remove exception {n}</source>
        <translation>Tynnu eithriad {n}</translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/family_consent_dialog.py" line="302"/>
        <source>Consent for {names}</source>
        <translation>Caniatâd {names}</translation>
    </message>
</context>
<context>
    <name>FamilyDetailsDialog</name>
    <message>
        <location filename="../gui/family_file/household/details_dialog.py" line="78"/>
        <source>Family details</source>
        <translation>Manylion y teulu</translation>
    </message>
    <message>
        <location filename="../gui/family_file/household/details_dialog.py" line="83"/>
        <source>N&amp;otes</source>
        <translation>Nodi&amp;adau</translation>
    </message>
</context>
<context>
    <name>FamilyFileSections</name>
    <message>
        <location filename="../gui/family_file/sections.py" line="20"/>
        <source>Family</source>
        <translation>Teulu</translation>
    </message>
    <message>
        <location filename="../gui/family_file/sections.py" line="21"/>
        <source>Work</source>
        <translation>Gwaith</translation>
    </message>
    <message>
        <location filename="../gui/family_file/sections.py" line="22"/>
        <source>Sharing</source>
        <translation>Rhannu</translation>
    </message>
    <message>
        <location filename="../gui/family_file/sections.py" line="23"/>
        <source>Money</source>
        <translation>Arian</translation>
    </message>
    <message>
        <location filename="../gui/family_file/sections.py" line="26"/>
        <source>Records</source>
        <translation>Cofnodion</translation>
    </message>
    <message>
        <location filename="../gui/family_file/sections.py" line="47"/>
        <source>Household</source>
        <translation>Aelwyd</translation>
    </message>
    <message>
        <location filename="../gui/family_file/sections.py" line="49"/>
        <source>Agencies</source>
        <translation>Asiantaethau</translation>
    </message>
    <message>
        <location filename="../gui/family_file/sections.py" line="51"/>
        <source>Chronology</source>
        <translation>Cronoleg</translation>
    </message>
    <message>
        <location filename="../gui/family_file/sections.py" line="67"/>
        <source>Alerts</source>
        <translation>Rhybuddion</translation>
    </message>
    <message>
        <location filename="../gui/family_file/sections.py" line="69"/>
        <source>Documents</source>
        <translation>Dogfennau</translation>
    </message>
    <message>
        <location filename="../gui/family_file/sections.py" line="71"/>
        <source>Family tree</source>
        <translation>Coeden deulu</translation>
    </message>
    <message>
        <location filename="../gui/family_file/sections.py" line="73"/>
        <source>Oversight</source>
        <translation>Goruchwyliaeth reoli</translation>
    </message>
    <message>
        <location filename="../gui/family_file/sections.py" line="53"/>
        <source>Work and tier</source>
        <translation>Gwaith a haen</translation>
    </message>
    <message>
        <location filename="../gui/family_file/sections.py" line="55"/>
        <source>Contacts</source>
        <translation>Cysylltiadau</translation>
    </message>
    <message>
        <location filename="../gui/family_file/sections.py" line="57"/>
        <source>Assessments</source>
        <translation>Asesiadau</translation>
    </message>
    <message>
        <location filename="../gui/family_file/sections.py" line="59"/>
        <source>Outcomes</source>
        <translation>Canlyniadau</translation>
    </message>
    <message>
        <location filename="../gui/family_file/sections.py" line="61"/>
        <source>Plan and reviews</source>
        <translation>Cynllun ac adolygiadau</translation>
    </message>
    <message>
        <location filename="../gui/family_file/sections.py" line="63"/>
        <source>Consent</source>
        <translation>Caniatâd</translation>
    </message>
    <message>
        <location filename="../gui/family_file/sections.py" line="65"/>
        <source>Costs</source>
        <translation>Costau</translation>
    </message>
</context>
<context>
    <name>FamilyFileWindow</name>
    <message>
        <location filename="../gui/family_file/window.py" line="131"/>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <location filename="../gui/family_file/window.py" line="132"/>
        <source>Close this family file (Ctrl+W)</source>
        <translation>Cau ffeil y teulu hwn (Ctrl+W)</translation>
    </message>
    <message>
        <location filename="../gui/family_file/window.py" line="149"/>
        <source>Sections of the family file</source>
        <translation>Adrannau ffeil y teulu</translation>
    </message>
    <message>
        <location filename="../gui/family_file/window.py" line="166"/>
        <source>Group</source>
        <translation>Grŵp</translation>
    </message>
    <message>
        <location filename="../gui/family_file/window.py" line="174"/>
        <source>Ctrl+{n}</source>
        <translation>Ctrl+{n}</translation>
    </message>
    <message>
        <location filename="../gui/family_file/window.py" line="267"/>
        <source>{family} – {reference} – FamilyCase</source>
        <translation>{family} – {reference} – FamilyCase</translation>
    </message>
    <message>
        <location filename="../gui/family_file/window.py" line="276"/>
        <source>Tier {tier}</source>
        <translation>Haen {tier}</translation>
    </message>
    <message>
        <location filename="../gui/family_file/window.py" line="277"/>
        <source>Lead professional: {name}</source>
        <translation>Gweithiwr proffesiynol arweiniol: {name}</translation>
    </message>
    <message>
        <location filename="../gui/family_file/window.py" line="277"/>
        <source>not allocated</source>
        <translation>heb ei ddyrannu</translation>
    </message>
    <message>
        <location filename="../gui/family_file/window.py" line="278"/>
        <source>Consent to share: {state}</source>
        <translation>Caniatâd i rannu: {state}</translation>
    </message>
    <message>
        <location filename="../gui/family_file/window.py" line="336"/>
        <source>Could not open the family file again</source>
        <translation>Methu agor ffeil y teulu eto</translation>
    </message>
    <message>
        <location filename="../gui/family_file/window.py" line="366"/>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <location filename="../gui/family_file/window.py" line="418"/>
        <source>Close the family file</source>
        <translation>Cau ffeil y teulu</translation>
    </message>
</context>
<context>
    <name>FamilyPart</name>
    <message>
        <location filename="../gui/team/supervision_dialog.py" line="48"/>
        <source>Reflection on {family}</source>
        <translation>Myfyrio ar {family}</translation>
    </message>
    <message>
        <location filename="../gui/team/supervision_dialog.py" line="50"/>
        <source>What is happening for the family; what is working, what is stuck, and why.</source>
        <translation>Beth sy&apos;n digwydd i&apos;r teulu; beth sy&apos;n gweithio, beth sy&apos;n sownd, a pham.</translation>
    </message>
    <message>
        <location filename="../gui/team/supervision_dialog.py" line="54"/>
        <source>Action</source>
        <translation>Cam gweithredu</translation>
    </message>
    <message>
        <location filename="../gui/team/supervision_dialog.py" line="54"/>
        <source>Whose</source>
        <translation>Pwy sy&apos;n gyfrifol</translation>
    </message>
    <message>
        <location filename="../gui/team/supervision_dialog.py" line="54"/>
        <source>By when</source>
        <translation>Erbyn pryd</translation>
    </message>
    <message>
        <location filename="../gui/team/supervision_dialog.py" line="61"/>
        <source>Action {n}</source>
        <translation>Cam gweithredu {n}</translation>
    </message>
    <message>
        <location filename="../gui/team/supervision_dialog.py" line="63"/>
        <source>Whose action {n}</source>
        <translation>Pwy sy&apos;n gyfrifol am gam gweithredu {n}</translation>
    </message>
    <message>
        <location filename="../gui/team/supervision_dialog.py" line="67"/>
        <source>Action {n} by when</source>
        <translation>Cam gweithredu {n} erbyn pryd</translation>
    </message>
</context>
<context>
    <name>FamilyTreeTab</name>
    <message>
        <location filename="../gui/family_file/genogram/tab.py" line="40"/>
        <source>Drawn from the people and relationships recorded under Household. Add a relationship there (parent, partner, ex-partner...) to join people up.</source>
        <translation>Wedi&apos;i llunio o&apos;r bobl a&apos;r perthnasoedd a gofnodwyd o dan Aelwyd. Ychwanegwch berthynas yno (rhiant, partner, cyn-bartner...) i gysylltu pobl.</translation>
    </message>
    <message>
        <location filename="../gui/family_file/genogram/tab.py" line="46"/>
        <source>Nobody is recorded in this family file yet.</source>
        <translation>Does neb wedi&apos;i gofnodi yn ffeil y teulu hwn eto.</translation>
    </message>
    <message>
        <location filename="../gui/family_file/genogram/tab.py" line="49"/>
        <location filename="../gui/family_file/genogram/tab.py" line="56"/>
        <source>Family tree</source>
        <translation>Coeden deulu</translation>
    </message>
    <message>
        <location filename="../gui/family_file/genogram/tab.py" line="62"/>
        <source>Si&amp;ze</source>
        <translation>&amp;Maint</translation>
    </message>
    <message>
        <location filename="../gui/family_file/genogram/tab.py" line="64"/>
        <source>Size of the family tree</source>
        <translation>Maint y goeden deulu</translation>
    </message>
    <message>
        <location filename="../gui/family_file/genogram/tab.py" line="65"/>
        <source>&amp;Print the family tree…</source>
        <translation>&amp;Argraffu&apos;r goeden deulu…</translation>
    </message>
    <message>
        <location filename="../gui/family_file/genogram/tab.py" line="67"/>
        <source>A PDF for one agency: only the people the family agreed to share are named</source>
        <translation>PDF ar gyfer un asiantaeth: dim ond y bobl y cytunodd y teulu i&apos;w rhannu sy&apos;n cael eu henwi</translation>
    </message>
    <message>
        <location filename="../gui/family_file/genogram/tab.py" line="100"/>
        <source>{name} {relationship} {other}.</source>
        <translation>{name}: {relationship} {other}.</translation>
    </message>
    <message>
        <location filename="../gui/family_file/genogram/tab.py" line="110"/>
        <source>Has died: {names}.</source>
        <translation>Wedi marw: {names}.</translation>
    </message>
    <message>
        <location filename="../gui/family_file/genogram/tab.py" line="111"/>
        <source>No relationships are recorded.</source>
        <translation>Does dim perthnasoedd wedi&apos;u cofnodi.</translation>
    </message>
</context>
<context>
    <name>FamilyWindows</name>
    <message>
        <location filename="../gui/family_file/windows.py" line="45"/>
        <source>No access</source>
        <translation>Dim mynediad</translation>
    </message>
    <message>
        <location filename="../gui/family_file/windows.py" line="46"/>
        <source>You have not been given access to this family file.</source>
        <translation>Dydych chi ddim wedi cael mynediad i ffeil y teulu hwn.</translation>
    </message>
    <message>
        <location filename="../gui/family_file/windows.py" line="85"/>
        <source>Could not open the family</source>
        <translation>Methu agor y teulu</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../gui/session/first_run.py" line="354"/>
        <source>Set up FamilyCase</source>
        <translation>Paratoi FamilyCase</translation>
    </message>
    <message>
        <location filename="../gui/session/first_run.py" line="371"/>
        <source>&amp;Finish</source>
        <translation>&amp;Gorffen</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../gui/family_file/oversight/dialogs.py" line="97"/>
        <source>Record the follow-up check</source>
        <translation>Cofnodi&apos;r gwiriad dilynol</translation>
    </message>
    <message>
        <location filename="../gui/family_file/oversight/dialogs.py" line="104"/>
        <source>The family closed on {closed}; this check was due on {due}. For each area the work helped with, say whether the change has held. The claim checker counts an area held at this check as sustained.</source>
        <translation>Caeodd y teulu ar {closed}; roedd y gwiriad hwn i fod ar {due}. Ar gyfer pob maes y bu&apos;r gwaith yn helpu ag ef, dywedwch a yw&apos;r newid wedi para. Mae&apos;r gwiriwr hawliadau&apos;n cyfrif maes a barhaodd yn y gwiriad hwn fel un sydd wedi&apos;i gynnal.</translation>
    </message>
    <message>
        <location filename="../gui/family_file/oversight/dialogs.py" line="110"/>
        <source>&amp;Date of the check</source>
        <translation>&amp;Dyddiad y gwiriad</translation>
    </message>
    <message>
        <location filename="../gui/family_file/oversight/dialogs.py" line="113"/>
        <source>&amp;How we checked</source>
        <translation>&amp;Sut y gwnaethon ni wirio</translation>
    </message>
    <message>
        <location filename="../gui/family_file/oversight/dialogs.py" line="117"/>
        <source>Outcome areas</source>
        <translation>Meysydd canlyniadau</translation>
    </message>
    <message>
        <location filename="../gui/family_file/oversight/dialogs.py" line="120"/>
        <source>Not checked</source>
        <translation>Heb ei wirio</translation>
    </message>
    <message>
        <location filename="../gui/family_file/oversight/dialogs.py" line="121"/>
        <source>The change has held</source>
        <translation>Mae&apos;r newid wedi para</translation>
    </message>
    <message>
        <location filename="../gui/family_file/oversight/dialogs.py" line="122"/>
        <source>It has not held</source>
        <translation>Dydy e ddim wedi para</translation>
    </message>
    <message>
        <location filename="../gui/family_file/oversight/dialogs.py" line="131"/>
        <source>Referred a&amp;gain since closure</source>
        <translation>Wedi&apos;i atgyfeirio &amp;eto ers cau</translation>
    </message>
    <message>
        <location filename="../gui/family_file/oversight/dialogs.py" line="133"/>
        <source>N&amp;otes</source>
        <translation>&amp;Nodiadau</translation>
    </message>
    <message>
        <location filename="../gui/family_file/oversight/dialogs.py" line="136"/>
        <source>&amp;Record the check</source>
        <translation>&amp;Cofnodi&apos;r gwiriad</translation>
    </message>
    <message>
        <location filename="../gui/family_file/oversight/dialogs.py" line="141"/>
        <source>Follow-up check</source>
        <translation>Gwiriad dilynol</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <location filename="more_messages.py" line="160"/>
        <source>Problems</source>
        <translation>Problemau</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="162"/>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/bbbb</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="164"/>
        <source>{field} {message}</source>
        <translation>{field}: {message}</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="166"/>
        <source>{label} is not a date we recognise (use a date such as 25/11/2026).</source>
        <translation>Nid yw {label} yn ddyddiad rydyn ni&apos;n ei adnabod (defnyddiwch ddyddiad fel 25/11/2026).</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="168"/>
        <source>{label} cannot be in the future.</source>
        <translation>Ni all {label} fod yn y dyfodol.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="170"/>
        <source>{field}: {message}</source>
        <translation>{field}: {message}</translation>
    </message>
</context>
<context>
    <name>GenogramPrintDialog</name>
    <message>
        <location filename="../gui/family_file/genogram/print_dialog.py" line="26"/>
        <source>Print the family tree</source>
        <translation>Argraffu&apos;r goeden deulu</translation>
    </message>
    <message>
        <location filename="../gui/family_file/genogram/print_dialog.py" line="28"/>
        <source>The family tree for one agency. Each person is named only if the family agreed to share their details with that agency (or a recorded decision allows it); the rest are drawn as Withheld and counted.</source>
        <translation>Y goeden deulu ar gyfer un asiantaeth. Caiff pob person ei enwi dim ond os cytunodd y teulu i rannu ei fanylion â&apos;r asiantaeth honno (neu os yw penderfyniad a gofnodwyd yn caniatáu hynny); caiff y lleill eu llunio fel Wedi&apos;i ddal yn ôl a&apos;u cyfrif.</translation>
    </message>
    <message>
        <location filename="../gui/family_file/genogram/print_dialog.py" line="38"/>
        <source>e.g. Demoford Primary School</source>
        <translation>e.e. Ysgol Gynradd Demoford</translation>
    </message>
    <message>
        <location filename="../gui/family_file/genogram/print_dialog.py" line="53"/>
        <source>{named} people will be named; {withheld} drawn as Withheld.</source>
        <translation>Bydd {named} o bobl yn cael eu henwi; {withheld} wedi&apos;u llunio fel Wedi&apos;i ddal yn ôl.</translation>
    </message>
    <message>
        <location filename="../gui/family_file/genogram/print_dialog.py" line="66"/>
        <source>Withheld people keep their place in the tree as grey boxes, so its shape is right, with a WITHHELD notice; their names, ages and genders are not printed. Every decision goes to the share log when the PDF is saved.</source>
        <translation>Mae pobl sydd wedi&apos;u dal yn ôl yn cadw eu lle yn y goeden fel blychau llwyd, fel bod ei siâp yn gywir, gyda hysbysiad WEDI&apos;I DDAL YN ÔL; ni chaiff eu henwau, eu hoedran na&apos;u rhywedd eu hargraffu. Mae pob penderfyniad yn mynd i&apos;r log rhannu pan gaiff y PDF ei gadw.</translation>
    </message>
</context>
<context>
    <name>HouseholdTab</name>
    <message>
        <location filename="../gui/family_file/household/tab.py" line="40"/>
        <source>Edit family &amp;details…</source>
        <translation>Golygu manylion y &amp;teulu…</translation>
    </message>
    <message>
        <location filename="../gui/family_file/household/tab.py" line="43"/>
        <source>Address</source>
        <translation>Cyfeiriad</translation>
    </message>
    <message>
        <location filename="../gui/family_file/household/tab.py" line="45"/>
        <source>Language</source>
        <translation>Iaith</translation>
    </message>
    <message>
        <location filename="../gui/family_file/household/tab.py" line="52"/>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <location filename="../gui/family_file/household/tab.py" line="53"/>
        <source>Known as</source>
        <translation>Enw arferol</translation>
    </message>
    <message>
        <location filename="../gui/family_file/household/tab.py" line="54"/>
        <source>Role in household</source>
        <translation>Rôl yn yr aelwyd</translation>
    </message>
    <message>
        <location filename="../gui/family_file/household/tab.py" line="55"/>
        <source>Age</source>
        <translation>Oed</translation>
    </message>
    <message>
        <location filename="../gui/family_file/household/tab.py" line="56"/>
        <source>Date of birth</source>
        <translation>Dyddiad geni</translation>
    </message>
    <message>
        <location filename="../gui/family_file/household/tab.py" line="57"/>
        <source>School or setting</source>
        <translation>Ysgol neu leoliad</translation>
    </message>
    <message>
        <location filename="../gui/family_file/household/tab.py" line="58"/>
        <source>NHS number</source>
        <translation>Rhif GIG</translation>
    </message>
    <message>
        <location filename="../gui/family_file/household/tab.py" line="59"/>
        <source>Also in</source>
        <translation>Hefyd yn</translation>
    </message>
    <message>
        <location filename="../gui/family_file/household/tab.py" line="62"/>
        <source>People in the family</source>
        <translation>Pobl yn y teulu</translation>
    </message>
    <message>
        <location filename="../gui/family_file/household/tab.py" line="65"/>
        <source>&amp;Add a person…</source>
        <translation>&amp;Ychwanegu person…</translation>
    </message>
    <message>
        <location filename="../gui/family_file/household/tab.py" line="66"/>
        <source>&amp;Edit person…</source>
        <translation>&amp;Golygu person…</translation>
    </message>
    <message>
        <location filename="../gui/family_file/household/tab.py" line="67"/>
        <source>&amp;Remove person…</source>
        <translation>Ty&amp;nnu person…</translation>
    </message>
    <message>
        <location filename="../gui/family_file/household/tab.py" line="70"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../gui/family_file/household/tab.py" line="70"/>
        <source>Relationship</source>
        <translation>Perthynas</translation>
    </message>
    <message>
        <location filename="../gui/family_file/household/tab.py" line="70"/>
        <source>Related to</source>
        <translation>Yn perthyn i</translation>
    </message>
    <message>
        <location filename="../gui/family_file/household/tab.py" line="70"/>
        <source>Note</source>
        <translation>Nodyn</translation>
    </message>
    <message>
        <location filename="../gui/family_file/household/tab.py" line="72"/>
        <source>Relationships</source>
        <translation>Perthnasoedd</translation>
    </message>
    <message>
        <location filename="../gui/family_file/household/tab.py" line="75"/>
        <source>Add a re&amp;lationship…</source>
        <translation>Ychwanegu &amp;perthynas…</translation>
    </message>
    <message>
        <location filename="../gui/family_file/household/tab.py" line="76"/>
        <source>Edit relations&amp;hip…</source>
        <translation>Golygu pe&amp;rthynas…</translation>
    </message>
    <message>
        <location filename="../gui/family_file/household/tab.py" line="78"/>
        <source>Remo&amp;ve relationship…</source>
        <translation>Tynnu perthyna&amp;s…</translation>
    </message>
    <message>
        <location filename="../gui/family_file/household/tab.py" line="84"/>
        <source>People</source>
        <translation>Pobl</translation>
    </message>
    <message>
        <location filename="../gui/family_file/household/tab.py" line="90"/>
        <source>How they are related</source>
        <translation>Sut maen nhw&apos;n perthyn</translation>
    </message>
    <message>
        <location filename="../gui/family_file/household/tab.py" line="105"/>
        <source>Check &amp;possible matches…</source>
        <translation>Gwirio &amp;cyfatebiaethau posibl…</translation>
    </message>
    <message>
        <location filename="../gui/family_file/household/tab.py" line="133"/>
        <source>No address recorded</source>
        <translation>Dim cyfeiriad wedi&apos;i gofnodi</translation>
    </message>
    <message>
        <location filename="../gui/family_file/household/tab.py" line="135"/>
        <source>Not recorded</source>
        <translation>Heb ei gofnodi</translation>
    </message>
    <message>
        <location filename="../gui/family_file/household/tab.py" line="137"/>
        <source>{language} (interpreter needed)</source>
        <translation>{language} (angen cyfieithydd)</translation>
    </message>
    <message>
        <location filename="../gui/family_file/household/tab.py" line="144"/>
        <source>{role} (lives elsewhere)</source>
        <translation>{role} (yn byw yn rhywle arall)</translation>
    </message>
    <message>
        <location filename="../gui/family_file/household/tab.py" line="146"/>
        <source>Due {date}</source>
        <translation>Disgwyl {date}</translation>
    </message>
    <message>
        <location filename="../gui/family_file/household/tab.py" line="199"/>
        <source>{name} may also be in {reference}: {why}. Check whether they are the same person.</source>
        <translation>Efallai fod {name} hefyd yn {reference}: {why}. Gwiriwch ai&apos;r un person ydyn nhw.</translation>
    </message>
    <message>
        <location filename="../gui/family_file/household/tab.py" line="206"/>
        <source> And {n} more possible matches.</source>
        <translation> A {n} o gyfatebiaethau posibl eraill.</translation>
    </message>
    <message>
        <location filename="../gui/family_file/household/tab.py" line="215"/>
        <source>Possible matches in other family files</source>
        <translation>Cyfatebiaethau posibl mewn ffeiliau teulu eraill</translation>
    </message>
    <message>
        <location filename="../gui/family_file/household/tab.py" line="217"/>
        <source>These people have the same NHS number or Unique Pupil Number as someone in another family file you can open, or a similar name and the same date of birth. The same person: the two files are linked. Different people: the warning stops.</source>
        <translation>Mae gan y bobl hyn yr un rhif GIG neu Rif Disgybl Unigryw â rhywun mewn ffeil teulu arall y gallwch ei hagor, neu enw tebyg a&apos;r un dyddiad geni. Yr un person: mae&apos;r ddwy ffeil yn cael eu cysylltu. Pobl wahanol: mae&apos;r rhybudd yn peidio.</translation>
    </message>
    <message>
        <location filename="../gui/family_file/household/tab.py" line="278"/>
        <source>Remove a person</source>
        <translation>Tynnu person</translation>
    </message>
    <message>
        <location filename="../gui/family_file/household/tab.py" line="280"/>
        <source>Remove {name} from this family file? Their details and every relationship that names them will be deleted. This cannot be undone.</source>
        <translation>Tynnu {name} o ffeil y teulu hon? Bydd eu manylion a phob perthynas sy&apos;n eu henwi yn cael eu dileu. Does dim modd dadwneud hyn.</translation>
    </message>
    <message>
        <location filename="../gui/family_file/household/tab.py" line="283"/>
        <source>Remove {name}</source>
        <translation>Tynnu {name}</translation>
    </message>
    <message>
        <location filename="../gui/family_file/household/tab.py" line="286"/>
        <source>Could not remove {name}</source>
        <translation>Methu tynnu {name}</translation>
    </message>
    <message>
        <location filename="../gui/family_file/household/tab.py" line="321"/>
        <source>Remove a relationship</source>
        <translation>Tynnu perthynas</translation>
    </message>
    <message>
        <location filename="../gui/family_file/household/tab.py" line="322"/>
        <source>Remove this relationship from the family file?</source>
        <translation>Tynnu&apos;r berthynas hon o ffeil y teulu?</translation>
    </message>
    <message>
        <location filename="../gui/family_file/household/tab.py" line="323"/>
        <source>Remove</source>
        <translation>Tynnu</translation>
    </message>
    <message>
        <location filename="../gui/family_file/household/tab.py" line="326"/>
        <source>Could not remove the relationship</source>
        <translation>Methu tynnu&apos;r berthynas</translation>
    </message>
</context>
<context>
    <name>InboxPage</name>
    <message>
        <location filename="../gui/inbox/page.py" line="66"/>
        <source>When</source>
        <translation>Pryd</translation>
    </message>
    <message>
        <location filename="../gui/inbox/page.py" line="66"/>
        <source>What</source>
        <translation>Beth</translation>
    </message>
    <message>
        <location filename="../gui/inbox/page.py" line="66"/>
        <source>Family</source>
        <translation>Teulu</translation>
    </message>
    <message>
        <location filename="../gui/inbox/page.py" line="66"/>
        <source>Detail</source>
        <translation>Manylion</translation>
    </message>
    <message>
        <location filename="../gui/inbox/page.py" line="68"/>
        <source>What is waiting for you</source>
        <translation>Beth sy&apos;n aros amdanoch chi</translation>
    </message>
    <message>
        <location filename="../gui/inbox/page.py" line="73"/>
        <location filename="../gui/inbox/page.py" line="118"/>
        <source>Nothing is waiting for you today.</source>
        <translation>Does dim yn aros amdanoch chi heddiw.</translation>
    </message>
    <message>
        <location filename="../gui/inbox/page.py" line="79"/>
        <source>Op&amp;en</source>
        <translation>&amp;Agor</translation>
    </message>
    <message>
        <location filename="../gui/inbox/page.py" line="80"/>
        <source>A&amp;pprove…</source>
        <translation>Cym&amp;eradwyo…</translation>
    </message>
    <message>
        <location filename="../gui/inbox/page.py" line="81"/>
        <source>Return with a rea&amp;son…</source>
        <translation>&amp;Dychwelyd gyda rheswm…</translation>
    </message>
    <message>
        <location filename="../gui/inbox/page.py" line="82"/>
        <source>Refresh</source>
        <translation>Adnewyddu</translation>
    </message>
    <message>
        <location filename="../gui/inbox/page.py" line="82"/>
        <source>Refresh (F5)</source>
        <translation>Adnewyddu (F5)</translation>
    </message>
    <message>
        <location filename="../gui/inbox/page.py" line="104"/>
        <source>Loading…</source>
        <translation>Wrthi&apos;n llwytho…</translation>
    </message>
    <message>
        <location filename="../gui/inbox/page.py" line="121"/>
        <source>{n} things waiting for you, {overdue} of them overdue.</source>
        <translation>{n} o bethau&apos;n aros amdanoch chi, {overdue} ohonyn nhw&apos;n hwyr.</translation>
    </message>
    <message>
        <location filename="../gui/inbox/page.py" line="126"/>
        <source>{n} things waiting for you.</source>
        <translation>{n} o bethau&apos;n aros amdanoch chi.</translation>
    </message>
    <message>
        <location filename="../gui/inbox/page.py" line="141"/>
        <source>Overdue: {date}</source>
        <translation>Yn hwyr: {date}</translation>
    </message>
    <message>
        <location filename="../gui/inbox/page.py" line="141"/>
        <source>Due {date}</source>
        <translation>Erbyn {date}</translation>
    </message>
    <message>
        <location filename="../gui/inbox/page.py" line="145"/>
        <source>Since {date}</source>
        <translation>Ers {date}</translation>
    </message>
    <message>
        <location filename="../gui/inbox/page.py" line="149"/>
        <source>Overdue: since {date}</source>
        <translation>Yn hwyr: ers {date}</translation>
    </message>
</context>
<context>
    <name>LaptopsDialog</name>
    <message>
        <location filename="../gui/replicas/laptops_dialog.py" line="103"/>
        <source>Laptops and check-outs</source>
        <translation>Gliniaduron a theuluoedd allan</translation>
    </message>
    <message>
        <location filename="../gui/replicas/laptops_dialog.py" line="107"/>
        <source>Family</source>
        <translation>Teulu</translation>
    </message>
    <message>
        <location filename="../gui/replicas/laptops_dialog.py" line="107"/>
        <location filename="../gui/replicas/laptops_dialog.py" line="118"/>
        <source>Worker</source>
        <translation>Gweithiwr</translation>
    </message>
    <message>
        <location filename="../gui/replicas/laptops_dialog.py" line="107"/>
        <location filename="../gui/replicas/laptops_dialog.py" line="118"/>
        <source>Laptop</source>
        <translation>Gliniadur</translation>
    </message>
    <message>
        <location filename="../gui/replicas/laptops_dialog.py" line="107"/>
        <source>Since</source>
        <translation>Ers</translation>
    </message>
    <message>
        <location filename="../gui/replicas/laptops_dialog.py" line="109"/>
        <source>Families checked out to laptops</source>
        <translation>Teuluoedd sydd allan ar liniaduron</translation>
    </message>
    <message>
        <location filename="../gui/replicas/laptops_dialog.py" line="111"/>
        <source>No family is checked out to a laptop.</source>
        <translation>Does dim teulu allan ar liniadur.</translation>
    </message>
    <message>
        <location filename="../gui/replicas/laptops_dialog.py" line="113"/>
        <source>&amp;Recall…</source>
        <translation>&amp;Galw&apos;n ôl…</translation>
    </message>
    <message>
        <location filename="../gui/replicas/laptops_dialog.py" line="115"/>
        <source>Take the family back: the team store takes changes to it again</source>
        <translation>Cymryd y teulu yn ôl: mae storfa&apos;r tîm yn derbyn newidiadau iddo eto</translation>
    </message>
    <message>
        <location filename="../gui/replicas/laptops_dialog.py" line="118"/>
        <source>Made</source>
        <translation>Crëwyd</translation>
    </message>
    <message>
        <location filename="../gui/replicas/laptops_dialog.py" line="118"/>
        <source>Families out</source>
        <translation>Teuluoedd allan</translation>
    </message>
    <message>
        <location filename="../gui/replicas/laptops_dialog.py" line="120"/>
        <source>Laptop replicas</source>
        <translation>Copïau ar liniaduron</translation>
    </message>
    <message>
        <location filename="../gui/replicas/laptops_dialog.py" line="122"/>
        <source>No laptop replica has been made.</source>
        <translation>Does dim copi ar liniadur wedi&apos;i wneud.</translation>
    </message>
    <message>
        <location filename="../gui/replicas/laptops_dialog.py" line="124"/>
        <source>Re&amp;voke…</source>
        <translation>&amp;Dirymu…</translation>
    </message>
    <message>
        <location filename="../gui/replicas/laptops_dialog.py" line="126"/>
        <source>A lost or stolen laptop: release its families and give them new keys</source>
        <translation>Gliniadur a gollwyd neu a ddygwyd: rhyddhau ei deuluoedd a rhoi allweddi newydd iddyn nhw</translation>
    </message>
    <message>
        <location filename="../gui/replicas/laptops_dialog.py" line="134"/>
        <source>Families out on laptops</source>
        <translation>Teuluoedd allan ar liniaduron</translation>
    </message>
    <message>
        <location filename="../gui/replicas/laptops_dialog.py" line="136"/>
        <source>Laptops</source>
        <translation>Gliniaduron</translation>
    </message>
    <message>
        <location filename="../gui/replicas/laptops_dialog.py" line="159"/>
        <source>Could not list the laptops</source>
        <translation>Doedd dim modd rhestru&apos;r gliniaduron</translation>
    </message>
    <message>
        <location filename="../gui/replicas/laptops_dialog.py" line="174"/>
        <source> (recalled)</source>
        <translation> (wedi&apos;i alw&apos;n ôl)</translation>
    </message>
    <message>
        <location filename="../gui/replicas/laptops_dialog.py" line="186"/>
        <source> (revoked)</source>
        <translation> (wedi&apos;i ddirymu)</translation>
    </message>
    <message>
        <location filename="../gui/replicas/laptops_dialog.py" line="211"/>
        <source>Recall {ref}</source>
        <translation>Galw {ref} yn ôl</translation>
    </message>
    <message>
        <location filename="../gui/replicas/laptops_dialog.py" line="213"/>
        <source>{ref} is on {label}. Recalled, the team store takes changes to it again at once. Whatever the laptop changes comes back at its next check-in as conflicting versions for the lead professional to choose from.</source>
        <translation>Mae {ref} ar {label}. Ar ôl ei alw&apos;n ôl, mae storfa&apos;r tîm yn derbyn newidiadau iddo eto ar unwaith. Daw beth bynnag mae&apos;r gliniadur yn ei newid yn ôl y tro nesaf y daw â theuluoedd yn ôl, fel fersiynau sy&apos;n gwrthdaro i&apos;r gweithiwr proffesiynol arweiniol ddewis rhyngddyn nhw.</translation>
    </message>
    <message>
        <location filename="../gui/replicas/laptops_dialog.py" line="217"/>
        <source>&amp;Recall</source>
        <translation>&amp;Galw&apos;n ôl</translation>
    </message>
    <message>
        <location filename="../gui/replicas/laptops_dialog.py" line="225"/>
        <source>{ref} was recalled.</source>
        <translation>Cafodd {ref} ei alw&apos;n ôl.</translation>
    </message>
    <message>
        <location filename="../gui/replicas/laptops_dialog.py" line="226"/>
        <source>Could not recall the family</source>
        <translation>Doedd dim modd galw&apos;r teulu yn ôl</translation>
    </message>
    <message>
        <location filename="../gui/replicas/laptops_dialog.py" line="234"/>
        <source>Revoke &apos;{name}&apos;</source>
        <translation>Dirymu &apos;{name}&apos;</translation>
    </message>
    <message>
        <location filename="../gui/replicas/laptops_dialog.py" line="236"/>
        <source>For a lost or stolen laptop. Its {count} families are released and each gets a new key, so the keys on the laptop open nothing written afterwards; the laptop erases its families the next time it connects.</source>
        <translation>Ar gyfer gliniadur a gollwyd neu a ddygwyd. Caiff ei {count} o deuluoedd eu rhyddhau a chaiff pob un allwedd newydd, fel nad yw&apos;r allweddi ar y gliniadur yn agor dim a ysgrifennir wedyn; mae&apos;r gliniadur yn dileu ei deuluoedd y tro nesaf y bydd yn cysylltu.</translation>
    </message>
    <message>
        <location filename="../gui/replicas/laptops_dialog.py" line="240"/>
        <source>Re&amp;voke</source>
        <translation>&amp;Dirymu</translation>
    </message>
    <message>
        <location filename="../gui/replicas/laptops_dialog.py" line="243"/>
        <source>Changes made on that laptop and never brought back are lost. If the laptop is only left at home, ask its worker to bring the families back instead.</source>
        <translation>Bydd newidiadau a wnaed ar y gliniadur hwnnw ac na ddaeth yn ôl yn cael eu colli. Os mai dim ond wedi&apos;i adael gartref mae&apos;r gliniadur, gofynnwch i&apos;w weithiwr ddod â&apos;r teuluoedd yn ôl yn lle hynny.</translation>
    </message>
    <message>
        <location filename="../gui/replicas/laptops_dialog.py" line="253"/>
        <source>Could not revoke the laptop</source>
        <translation>Doedd dim modd dirymu&apos;r gliniadur</translation>
    </message>
    <message>
        <location filename="../gui/replicas/laptops_dialog.py" line="257"/>
        <source>&apos;{name}&apos; was revoked.</source>
        <translation>Cafodd &apos;{name}&apos; ei ddirymu.</translation>
    </message>
    <message>
        <location filename="../gui/replicas/laptops_dialog.py" line="259"/>
        <source>New keys for: {refs}.</source>
        <translation>Allweddi newydd ar gyfer: {refs}.</translation>
    </message>
    <message>
        <location filename="../gui/replicas/laptops_dialog.py" line="262"/>
        <source>Released, but you hold no key to re-key: {refs} (ask a team leader who does).</source>
        <translation>Wedi&apos;u rhyddhau, ond does gennych chi ddim allwedd i roi allwedd newydd iddyn nhw: {refs} (gofynnwch i arweinydd tîm sydd ag un).</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <location filename="../gui/family_file/work/letter_dialog.py" line="28"/>
        <source>Feedback letter to the referrer</source>
        <translation>Llythyr adborth i&apos;r atgyfeiriwr</translation>
    </message>
    <message>
        <location filename="../gui/family_file/work/letter_dialog.py" line="30"/>
        <source>Tells the referrer what was decided. The family&apos;s name and the decision go in only if the family agreed to the referrer being told; otherwise the letter says a decision was made and that the outcome cannot be shared.</source>
        <translation>Mae&apos;n dweud wrth yr atgyfeiriwr beth a benderfynwyd. Dim ond os cytunodd y teulu i&apos;r atgyfeiriwr gael gwybod y mae enw&apos;r teulu a&apos;r penderfyniad yn cael eu cynnwys; fel arall mae&apos;r llythyr yn dweud bod penderfyniad wedi&apos;i wneud ac nad oes modd rhannu&apos;r canlyniad.</translation>
    </message>
    <message>
        <location filename="../gui/family_file/work/letter_dialog.py" line="50"/>
        <source>The outcome is withheld: the family has not agreed to the referrer being told.</source>
        <translation>Mae&apos;r canlyniad wedi&apos;i ddal yn ôl: nid yw&apos;r teulu wedi cytuno i&apos;r atgyfeiriwr gael gwybod.</translation>
    </message>
    <message>
        <location filename="../gui/family_file/work/letter_dialog.py" line="53"/>
        <source>The family agreed to the referrer being told the outcome.</source>
        <translation>Cytunodd y teulu i&apos;r atgyfeiriwr gael gwybod y canlyniad.</translation>
    </message>
</context>
<context>
    <name>LongTaskDialog</name>
    <message>
        <location filename="../gui/common/long_task.py" line="64"/>
        <source>%v of %m families</source>
        <translation>%v o %m o deuluoedd</translation>
    </message>
    <message>
        <location filename="../gui/common/long_task.py" line="72"/>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <location filename="../gui/common/long_task.py" line="141"/>
        <source>&amp;Stop</source>
        <translation>&amp;Stopio</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../gui/main_window.py" line="89"/>
        <source>FamilyCase — {organisation}</source>
        <translation>FamilyCase — {organisation}</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="110"/>
        <location filename="more_messages.py" line="870"/>
        <source>&amp;My caseload</source>
        <translation>Fy &amp;llwyth achosion</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="111"/>
        <source>&amp;Team</source>
        <translation>&amp;Tîm</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="112"/>
        <source>&amp;Unallocated</source>
        <translation>&amp;Heb eu dyrannu</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="126"/>
        <source>Which families to list</source>
        <translation>Pa deuluoedd i&apos;w rhestru</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="135"/>
        <location filename="more_messages.py" line="868"/>
        <source>Admi&amp;nistration</source>
        <oldsource>&amp;Administration</oldsource>
        <translation>Gwe&amp;inyddu</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="137"/>
        <location filename="more_messages.py" line="878"/>
        <source>&amp;In-tray</source>
        <translation>Hambwrdd &amp;mewn</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="139"/>
        <location filename="more_messages.py" line="876"/>
        <source>Team &amp;overview</source>
        <translation>Tr&amp;osolwg y tîm</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="167"/>
        <source>Search names or reference  (Ctrl+F)</source>
        <translation>Chwilio enwau neu gyfeirnod  (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="168"/>
        <source>Search families by name or reference</source>
        <translation>Chwilio teuluoedd yn ôl enw neu gyfeirnod</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="173"/>
        <location filename="more_messages.py" line="880"/>
        <source>&amp;New family…</source>
        <translation>Teulu &amp;newydd…</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="176"/>
        <source>Start a family file from a referral (Ctrl+N)</source>
        <translation>Dechrau ffeil teulu o atgyfeiriad (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="177"/>
        <source>New family</source>
        <translation>Teulu newydd</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="182"/>
        <source>Manage &amp;workers…</source>
        <translation>Rheoli g&amp;weithwyr…</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="185"/>
        <source>Manage workers</source>
        <translation>Rheoli gweithwyr</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="186"/>
        <source>Add workers and disable their accounts</source>
        <translation>Ychwanegu gweithwyr ac analluogi eu cyfrifon</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="194"/>
        <source>Lock</source>
        <translation>Cloi</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="197"/>
        <source>Lock FamilyCase</source>
        <translation>Cloi FamilyCase</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="198"/>
        <source>Lock FamilyCase and hide every family (Ctrl+L)</source>
        <translation>Cloi FamilyCase a chuddio pob teulu (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="212"/>
        <source>Opening the family file…</source>
        <translation>Wrthi&apos;n agor ffeil y teulu…</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="264"/>
        <source>Signed in as {name}  ·  {role}</source>
        <translation>Wedi mewngofnodi fel {name}  ·  {role}</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="318"/>
        <source>Team overview</source>
        <translation>Trosolwg y tîm</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="329"/>
        <source>In-tray</source>
        <translation>Hambwrdd mewn</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="332"/>
        <source>What is waiting for you today, overdue first. Press Enter on an item to go where it is dealt with.</source>
        <translation>Beth sy&apos;n aros amdanoch chi heddiw, y rhai hwyr yn gyntaf. Pwyswch Enter ar eitem i fynd i&apos;r lle i ddelio â hi.</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="360"/>
        <source>Administration</source>
        <translation>Gweinyddu</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="370"/>
        <source>Keyboard help</source>
        <translation>Help gyda&apos;r bysellfwrdd</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="508"/>
        <source>Quit FamilyCase</source>
        <translation>Gadael FamilyCase</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="862"/>
        <source>&amp;File</source>
        <translation>&amp;Ffeil</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="864"/>
        <source>&amp;View</source>
        <translation>&amp;Gweld</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="866"/>
        <source>&amp;Help</source>
        <translation>&amp;Cymorth</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="872"/>
        <source>&amp;Team caseload</source>
        <translation>Llwyth achosion y &amp;tîm</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="874"/>
        <source>&amp;Unallocated families</source>
        <translation>Teuluoedd &amp;heb eu dyrannu</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="882"/>
        <source>&amp;Open the selected family</source>
        <translation>&amp;Agor y teulu a ddewiswyd</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="884"/>
        <source>&amp;Print panel summaries…</source>
        <translation>Argraffu crynodebau i&apos;r &amp;panel…</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="886"/>
        <source>E&amp;xport summaries for my team…</source>
        <translation>A&amp;llforio crynodebau i&apos;m tîm…</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="888"/>
        <source>&amp;Import summary bundles…</source>
        <translation>&amp;Mewnforio bwndeli crynodebau…</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="890"/>
        <source>Take t&amp;hese families offline…</source>
        <translation>Mynd â&apos;r teuluoedd &amp;hyn all-lein…</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="892"/>
        <source>&amp;Bring my families back…</source>
        <translation>Dod â&apos;m &amp;teuluoedd yn ôl…</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="894"/>
        <source>Fa&amp;milies on laptops…</source>
        <translation>Teuluoedd ar l&amp;iniaduron…</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="896"/>
        <source>&amp;Cost-saving return and claims…</source>
        <translation>Ffurflen arbedion &amp;cost a hawliadau…</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="898"/>
        <source>Ser&amp;vice report…</source>
        <translation>Adroddiad y gwa&amp;sanaeth…</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="900"/>
        <source>Alloca&amp;te a lead professional…</source>
        <translation>Dyrannu g&amp;weithiwr proffesiynol arweiniol…</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="902"/>
        <source>&amp;Supervision…</source>
        <translation>Gor&amp;uchwyliaeth…</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="904"/>
        <source>Possible d&amp;uplicate people…</source>
        <translation>Pobl a allai fod yn ddy&amp;blyg…</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="906"/>
        <source>&amp;Audit log…</source>
        <translation>&amp;Log archwilio…</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="908"/>
        <source>Wor&amp;kers…</source>
        <translation>&amp;Gweithwyr…</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="910"/>
        <source>&amp;Retention…</source>
        <translation>C&amp;yfnod cadw…</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="912"/>
        <source>Organisation settin&amp;gs…</source>
        <translation>Go&amp;sodiadau&apos;r sefydliad…</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="914"/>
        <source>Change my pass&amp;word…</source>
        <translation>Newid fy nghyf&amp;rinair…</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="916"/>
        <source>My &amp;fingerprint phrase…</source>
        <translation>&amp;Fy ymadrodd olion bysedd…</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="918"/>
        <source>Pr&amp;eferences…</source>
        <translation>&amp;Dewisiadau…</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="920"/>
        <source>&amp;Lock</source>
        <translation>Cl&amp;oi</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="922"/>
        <source>&amp;Quit</source>
        <translation>Gada&amp;el</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="924"/>
        <source>&amp;Find a family</source>
        <translation>Dod o hyd i &amp;deulu</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="926"/>
        <source>&amp;Clear filters</source>
        <translation>&amp;Clirio&apos;r hidlwyr</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="928"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Adnewyddu</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="930"/>
        <source>&amp;Keyboard help</source>
        <translation>Help gyda&apos;r &amp;bysellfwrdd</translation>
    </message>
</context>
<context>
    <name>MatchesDialog</name>
    <message>
        <location filename="../gui/team/matches_dialog.py" line="50"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../gui/team/matches_dialog.py" line="51"/>
        <location filename="../gui/team/matches_dialog.py" line="54"/>
        <source>Born</source>
        <translation>Ganwyd</translation>
    </message>
    <message>
        <location filename="../gui/team/matches_dialog.py" line="52"/>
        <location filename="../gui/team/matches_dialog.py" line="55"/>
        <source>In</source>
        <translation>Yn</translation>
    </message>
    <message>
        <location filename="../gui/team/matches_dialog.py" line="53"/>
        <source>May be</source>
        <translation>Gallai fod</translation>
    </message>
    <message>
        <location filename="../gui/team/matches_dialog.py" line="56"/>
        <source>Why</source>
        <translation>Pam</translation>
    </message>
    <message>
        <location filename="../gui/team/matches_dialog.py" line="59"/>
        <source>Possible matches</source>
        <translation>Cyfatebiaethau posibl</translation>
    </message>
    <message>
        <location filename="../gui/team/matches_dialog.py" line="62"/>
        <source>Note</source>
        <translation>Nodyn</translation>
    </message>
    <message>
        <location filename="../gui/team/matches_dialog.py" line="63"/>
        <source>Note (optional), e.g. lives between parents</source>
        <translation>Nodyn (dewisol), e.e. yn byw rhwng rhieni</translation>
    </message>
    <message>
        <location filename="../gui/team/matches_dialog.py" line="64"/>
        <source>&amp;Note</source>
        <translation>&amp;Nodyn</translation>
    </message>
    <message>
        <location filename="../gui/team/matches_dialog.py" line="66"/>
        <source>The &amp;same person</source>
        <translation>Yr &amp;un person</translation>
    </message>
    <message>
        <location filename="../gui/team/matches_dialog.py" line="67"/>
        <source>&amp;Different people</source>
        <translation>Pobl &amp;wahanol</translation>
    </message>
    <message>
        <location filename="../gui/team/matches_dialog.py" line="68"/>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <location filename="../gui/team/matches_dialog.py" line="120"/>
        <source>Could not record the decision</source>
        <translation>Methu cofnodi&apos;r penderfyniad</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <location filename="../gui/family_file/household/member_dialog.py" line="41"/>
        <source>Add a person</source>
        <translation>Ychwanegu person</translation>
    </message>
    <message>
        <location filename="../gui/family_file/household/member_dialog.py" line="43"/>
        <source>Edit {name}</source>
        <translation>Golygu {name}</translation>
    </message>
    <message>
        <location filename="../gui/family_file/household/member_dialog.py" line="53"/>
        <source>&amp;First name(s)</source>
        <translation>&amp;Enw(au) cyntaf</translation>
    </message>
    <message>
        <location filename="../gui/family_file/household/member_dialog.py" line="54"/>
        <source>&amp;Last name</source>
        <translation>C&amp;yfenw</translation>
    </message>
    <message>
        <location filename="../gui/family_file/household/member_dialog.py" line="55"/>
        <source>&amp;Known as</source>
        <translation>Enw &amp;arferol</translation>
    </message>
    <message>
        <location filename="../gui/family_file/household/member_dialog.py" line="57"/>
        <source>&amp;Role in household</source>
        <translation>Rôl yn yr ae&amp;lwyd</translation>
    </message>
    <message>
        <location filename="../gui/family_file/household/member_dialog.py" line="61"/>
        <source>Li&amp;ves in the household</source>
        <translation>Yn &amp;byw yn yr aelwyd</translation>
    </message>
    <message>
        <location filename="../gui/family_file/household/member_dialog.py" line="64"/>
        <source>&amp;Date of birth</source>
        <translation>&amp;Dyddiad geni</translation>
    </message>
    <message>
        <location filename="../gui/family_file/household/member_dialog.py" line="67"/>
        <source>E&amp;xpected date of birth</source>
        <translation>Dyddiad geni disg&amp;wyliedig</translation>
    </message>
    <message>
        <location filename="../gui/family_file/household/member_dialog.py" line="69"/>
        <source>Has d&amp;ied</source>
        <translation>Wedi &amp;marw</translation>
    </message>
    <message>
        <location filename="../gui/family_file/household/member_dialog.py" line="70"/>
        <source>Da&amp;te of death</source>
        <translation>Dyddiad marwolaet&amp;h</translation>
    </message>
    <message>
        <location filename="../gui/family_file/household/member_dialog.py" line="73"/>
        <source>&amp;Gender</source>
        <translation>&amp;Rhywedd</translation>
    </message>
    <message>
        <location filename="../gui/family_file/household/member_dialog.py" line="75"/>
        <source>Sc&amp;hool or setting</source>
        <translation>Ysgol neu le&amp;oliad</translation>
    </message>
    <message>
        <location filename="../gui/family_file/household/member_dialog.py" line="76"/>
        <source>Identifiers and contact</source>
        <translation>Rhifau adnabod a chysylltu</translation>
    </message>
    <message>
        <location filename="../gui/family_file/household/member_dialog.py" line="78"/>
        <source>&amp;NHS number</source>
        <translation>Rhif &amp;GIG</translation>
    </message>
    <message>
        <location filename="../gui/family_file/household/member_dialog.py" line="81"/>
        <source>10 digits, e.g. 943 476 5919</source>
        <translation>10 digid, e.e. 943 476 5919</translation>
    </message>
    <message>
        <location filename="../gui/family_file/household/member_dialog.py" line="83"/>
        <source>&amp;Unique Pupil Number</source>
        <translation>Rhif Disgybl &amp;Unigryw</translation>
    </message>
    <message>
        <location filename="../gui/family_file/household/member_dialog.py" line="84"/>
        <source>&amp;Phone</source>
        <translation>&amp;Ffôn</translation>
    </message>
    <message>
        <location filename="../gui/family_file/household/member_dialog.py" line="85"/>
        <source>&amp;Email</source>
        <translation>E-bo&amp;st</translation>
    </message>
    <message>
        <location filename="../gui/family_file/household/member_dialog.py" line="86"/>
        <source>Address, if not the family&apos;s</source>
        <translation>Cyfeiriad, os nad yw yr un â&apos;r teulu</translation>
    </message>
    <message>
        <location filename="../gui/family_file/household/member_dialog.py" line="87"/>
        <source>&amp;Address</source>
        <translation>Cyfe&amp;iriad</translation>
    </message>
    <message>
        <location filename="../gui/family_file/household/member_dialog.py" line="88"/>
        <source>Address line &amp;2</source>
        <translation>Llinell &amp;2 y cyfeiriad</translation>
    </message>
    <message>
        <location filename="../gui/family_file/household/member_dialog.py" line="89"/>
        <source>To&amp;wn</source>
        <translation>&amp;Tref</translation>
    </message>
    <message>
        <location filename="../gui/family_file/household/member_dialog.py" line="90"/>
        <source>Post&amp;code</source>
        <translation>Cod &amp;post</translation>
    </message>
    <message>
        <location filename="../gui/family_file/household/member_dialog.py" line="91"/>
        <source>N&amp;otes</source>
        <translation>&amp;Nodiadau</translation>
    </message>
    <message>
        <location filename="../gui/family_file/household/member_dialog.py" line="146"/>
        <source>New person: {name}</source>
        <translation>Person newydd: {name}</translation>
    </message>
    <message>
        <location filename="../gui/family_file/household/member_dialog.py" line="146"/>
        <source>no name yet</source>
        <translation>dim enw eto</translation>
    </message>
    <message>
        <location filename="../gui/family_file/household/member_dialog.py" line="147"/>
        <source>Details of {name}</source>
        <translation>Manylion {name}</translation>
    </message>
</context>
<context>
    <name>MethodFields</name>
    <message>
        <location filename="../gui/costs/return_method.py" line="60"/>
        <source>For values of health and life (for example QALYs) the Green Book uses 1.5% a year for years 0-30.</source>
        <translation>Ar gyfer gwerthoedd iechyd a bywyd (er enghraifft QALYs) mae&apos;r Llyfr Gwyrdd yn defnyddio 1.5% y flwyddyn ar gyfer blynyddoedd 0-30.</translation>
    </message>
    <message>
        <location filename="../gui/costs/return_method.py" line="64"/>
        <source>&amp;Green Book&apos;s lower rates after year 30</source>
        <translation>Cyfraddau is y &amp;Llyfr Gwyrdd ar ôl blwyddyn 30</translation>
    </message>
    <message>
        <location filename="../gui/costs/return_method.py" line="68"/>
        <source>After year 30 the Green Book&apos;s rates decline (3% from year 31, 2.5% from year 76, and so on). Untick for the same rate every year.</source>
        <translation>Ar ôl blwyddyn 30 mae cyfraddau&apos;r Llyfr Gwyrdd yn gostwng (3% o flwyddyn 31, 2.5% o flwyddyn 76, ac ati). Dad-diciwch ar gyfer yr un gyfradd bob blwyddyn.</translation>
    </message>
    <message>
        <location filename="../gui/costs/return_method.py" line="74"/>
        <source> years</source>
        <translation> mlynedd</translation>
    </message>
    <message>
        <location filename="../gui/costs/return_method.py" line="78"/>
        <source>How many years of savings to count (at most 60); anything later is left out.</source>
        <translation>Sawl blwyddyn o arbedion i&apos;w cyfrif (60 ar y mwyaf); mae unrhyw beth diweddarach yn cael ei adael allan.</translation>
    </message>
    <message>
        <location filename="../gui/costs/return_method.py" line="83"/>
        <source>Added to costs of the work recorded as estimated (never to money spent): 41% is the upper bound in HM Treasury&apos;s optimism bias guidance for service projects, to be reduced as the estimate&apos;s risks are managed.</source>
        <translation>Wedi&apos;i ychwanegu at gostau&apos;r gwaith a gofnodwyd fel amcangyfrif (byth at arian a wariwyd): 41% yw&apos;r terfyn uchaf yng nghanllawiau Trysorlys EF ar duedd optimistiaeth ar gyfer prosiectau gwasanaeth, i&apos;w leihau wrth i risgiau&apos;r amcangyfrif gael eu rheoli.</translation>
    </message>
    <message>
        <location filename="../gui/costs/return_method.py" line="88"/>
        <source>Method (HM Treasury Green Book)</source>
        <translation>Dull (Llyfr Gwyrdd Trysorlys EF)</translation>
    </message>
    <message>
        <location filename="../gui/costs/return_method.py" line="92"/>
        <source>&amp;Discount rate</source>
        <translation>Cyfradd &amp;ddisgownt</translation>
    </message>
    <message>
        <location filename="../gui/costs/return_method.py" line="94"/>
        <source>&amp;Health discount rate</source>
        <translation>Cyfradd ddisgownt &amp;iechyd</translation>
    </message>
    <message>
        <location filename="../gui/costs/return_method.py" line="99"/>
        <source>&amp;Years counted</source>
        <translation>&amp;Blynyddoedd a gyfrifir</translation>
    </message>
    <message>
        <location filename="../gui/costs/return_method.py" line="101"/>
        <source>&amp;Optimism bias</source>
        <translation>&amp;Tuedd optimistiaeth</translation>
    </message>
    <message>
        <location filename="../gui/costs/return_method.py" line="102"/>
        <source>% added to estimated costs</source>
        <translation>% wedi&apos;i ychwanegu at gostau amcangyfrif</translation>
    </message>
    <message>
        <location filename="../gui/costs/return_method.py" line="124"/>
        <source>% a year, years 0-30</source>
        <translation>% y flwyddyn, blynyddoedd 0-30</translation>
    </message>
    <message>
        <location filename="../gui/costs/return_method.py" line="132"/>
        <source>Discount rate</source>
        <translation>Cyfradd ddisgownt</translation>
    </message>
    <message>
        <location filename="../gui/costs/return_method.py" line="133"/>
        <source>Health discount rate</source>
        <translation>Cyfradd ddisgownt iechyd</translation>
    </message>
    <message>
        <location filename="../gui/costs/return_method.py" line="134"/>
        <source>Optimism bias</source>
        <translation>Tuedd optimistiaeth</translation>
    </message>
    <message>
        <location filename="../gui/costs/return_method.py" line="140"/>
        <source>{name} must be a number of per cent, such as 3.5.</source>
        <translation>Rhaid i {name} fod yn nifer o y cant, fel 3.5.</translation>
    </message>
</context>
<context>
    <name>NewFamilyDialog</name>
    <message>
        <location filename="../gui/family_file/new_family_dialog.py" line="74"/>
        <source>New family</source>
        <translation>Teulu newydd</translation>
    </message>
    <message>
        <location filename="../gui/family_file/new_family_dialog.py" line="79"/>
        <source>Start a family file from a referral. You can add more people, agencies and notes in the family file afterwards.</source>
        <translation>Dechrau ffeil teulu o atgyfeiriad. Gallwch chi ychwanegu rhagor o bobl, asiantaethau a nodiadau yn ffeil y teulu wedyn.</translation>
    </message>
    <message>
        <location filename="../gui/family_file/new_family_dialog.py" line="84"/>
        <source>The family</source>
        <translation>Y teulu</translation>
    </message>
    <message>
        <location filename="../gui/family_file/new_family_dialog.py" line="86"/>
        <source>The referral</source>
        <translation>Yr atgyfeiriad</translation>
    </message>
    <message>
        <location filename="../gui/family_file/new_family_dialog.py" line="90"/>
        <source>Referred &amp;by</source>
        <translation>Wedi&apos;i atgyfeirio &amp;gan</translation>
    </message>
    <message>
        <location filename="../gui/family_file/new_family_dialog.py" line="94"/>
        <source>Re&amp;ferrer</source>
        <translation>&amp;Atgyfeiriwr</translation>
    </message>
    <message>
        <location filename="../gui/family_file/new_family_dialog.py" line="95"/>
        <source>Name and role, e.g. Ms Patel, head teacher</source>
        <translation>Enw a rôl, e.e. Ms Patel, pennaeth</translation>
    </message>
    <message>
        <location filename="../gui/family_file/new_family_dialog.py" line="87"/>
        <source>&amp;Date received</source>
        <translation>&amp;Dyddiad ei dderbyn</translation>
    </message>
    <message>
        <location filename="../gui/family_file/new_family_dialog.py" line="97"/>
        <source>&amp;Reason for referral</source>
        <translation>&amp;Rheswm dros atgyfeirio</translation>
    </message>
    <message>
        <location filename="../gui/family_file/new_family_dialog.py" line="102"/>
        <source>The family c&amp;onsented to the referral</source>
        <translation>Cytunodd y te&amp;ulu i&apos;r atgyfeirio</translation>
    </message>
    <message>
        <location filename="../gui/family_file/new_family_dialog.py" line="107"/>
        <source>Ti&amp;er</source>
        <translation>Ha&amp;en</translation>
    </message>
    <message>
        <location filename="../gui/family_file/new_family_dialog.py" line="111"/>
        <source>People</source>
        <translation>Pobl</translation>
    </message>
    <message>
        <location filename="../gui/family_file/new_family_dialog.py" line="117"/>
        <source>First name(s)</source>
        <translation>Enw(au) cyntaf</translation>
    </message>
    <message>
        <location filename="../gui/family_file/new_family_dialog.py" line="118"/>
        <source>Last name</source>
        <translation>Cyfenw</translation>
    </message>
    <message>
        <location filename="../gui/family_file/new_family_dialog.py" line="119"/>
        <source>Role</source>
        <translation>Rôl</translation>
    </message>
    <message>
        <location filename="../gui/family_file/new_family_dialog.py" line="120"/>
        <source>Date of birth</source>
        <translation>Dyddiad geni</translation>
    </message>
    <message>
        <location filename="../gui/family_file/new_family_dialog.py" line="131"/>
        <source>Add another &amp;person</source>
        <translation>Ychwanegu person ara&amp;ll</translation>
    </message>
    <message>
        <location filename="../gui/family_file/new_family_dialog.py" line="141"/>
        <source>Create the famil&amp;y file</source>
        <translation>Creu &amp;ffeil y teulu</translation>
    </message>
    <message>
        <location filename="../gui/family_file/new_family_dialog.py" line="135"/>
        <source>Leave a last name blank to use the family&apos;s name.</source>
        <translation>Gadewch gyfenw&apos;n wag i ddefnyddio enw&apos;r teulu.</translation>
    </message>
    <message>
        <location filename="../gui/family_file/new_family_dialog.py" line="179"/>
        <source>New family: {name}</source>
        <translation>Teulu newydd: {name}</translation>
    </message>
    <message>
        <location filename="../gui/family_file/new_family_dialog.py" line="179"/>
        <source>no name yet</source>
        <translation>dim enw eto</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="754"/>
        <source>First name(s) of person {n}</source>
        <translation>Enw(au) cyntaf person {n}</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="756"/>
        <source>Last name of person {n}</source>
        <translation>Cyfenw person {n}</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="758"/>
        <source>Role of person {n}</source>
        <translation>Rôl person {n}</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="760"/>
        <source>Date of birth of person {n}</source>
        <translation>Dyddiad geni person {n}</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../gui/family_file/contacts/note_dialog.py" line="39"/>
        <source>Correct a contact note</source>
        <translation>Cywiro nodyn cyswllt</translation>
    </message>
    <message>
        <location filename="../gui/family_file/contacts/note_dialog.py" line="46"/>
        <source>The note as it is now is kept in its history, with your name, the time and your reason: nothing recorded is ever lost.</source>
        <translation>Mae&apos;r nodyn fel y mae nawr yn cael ei gadw yn ei hanes, gyda&apos;ch enw, yr amser a&apos;ch rheswm: does dim byd a gofnodwyd byth yn cael ei golli.</translation>
    </message>
    <message>
        <location filename="../gui/family_file/contacts/note_dialog.py" line="51"/>
        <source>&amp;Reason for the change</source>
        <translation>&amp;Rheswm dros y newid</translation>
    </message>
    <message>
        <location filename="../gui/family_file/contacts/note_dialog.py" line="52"/>
        <source>e.g. wrong date; a typing error</source>
        <translation>e.e. dyddiad anghywir; gwall teipio</translation>
    </message>
    <message>
        <location filename="../gui/family_file/contacts/note_dialog.py" line="53"/>
        <source>Dat&amp;e</source>
        <translation>&amp;Dyddiad</translation>
    </message>
    <message>
        <location filename="../gui/family_file/contacts/note_dialog.py" line="56"/>
        <source>T&amp;ype</source>
        <translation>&amp;Math</translation>
    </message>
    <message>
        <location filename="../gui/family_file/contacts/note_dialog.py" line="60"/>
        <source>D&amp;uration</source>
        <translation>&amp;Hyd</translation>
    </message>
    <message>
        <location filename="../gui/family_file/contacts/note_dialog.py" line="63"/>
        <source> min</source>
        <translation> mun</translation>
    </message>
    <message>
        <location filename="../gui/family_file/contacts/note_dialog.py" line="64"/>
        <source>Not recorded</source>
        <translation>Heb ei gofnodi</translation>
    </message>
    <message>
        <location filename="../gui/family_file/contacts/note_dialog.py" line="67"/>
        <source>&amp;Who was seen</source>
        <translation>P&amp;wy a welwyd</translation>
    </message>
    <message>
        <location filename="../gui/family_file/contacts/note_dialog.py" line="72"/>
        <source>&amp;Others present</source>
        <translation>Eraill oedd &amp;yno</translation>
    </message>
    <message>
        <location filename="../gui/family_file/contacts/note_dialog.py" line="74"/>
        <source>Wh&amp;at happened</source>
        <translation>Beth ddi&amp;gwyddodd</translation>
    </message>
    <message>
        <location filename="../gui/family_file/contacts/note_dialog.py" line="77"/>
        <source>C&amp;hild seen</source>
        <translation>Gwelwyd y &amp;plentyn</translation>
    </message>
    <message>
        <location filename="../gui/family_file/contacts/note_dialog.py" line="78"/>
        <source>Child seen a&amp;lone</source>
        <translation>Gwelwyd y plentyn ar ei b&amp;en ei hun</translation>
    </message>
    <message>
        <location filename="../gui/family_file/contacts/note_dialog.py" line="80"/>
        <source>Si&amp;gnificant: show in the chronology</source>
        <translation>&amp;Arwyddocaol: dangos yn y cronoleg</translation>
    </message>
    <message>
        <location filename="../gui/family_file/contacts/note_dialog.py" line="88"/>
        <source>&amp;Save the correction</source>
        <translation>&amp;Cadw&apos;r cywiriad</translation>
    </message>
    <message>
        <location filename="../gui/family_file/contacts/note_dialog.py" line="112"/>
        <source>Say why the note is being changed.</source>
        <translation>Dywedwch pam mae&apos;r nodyn yn cael ei newid.</translation>
    </message>
</context>
<context>
    <name>NoteHistory</name>
    <message>
        <location filename="more_messages.py" line="598"/>
        <source>Earlier versions</source>
        <translation>Fersiynau cynharach</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="600"/>
        <source>Changed by {who} on {when}: {reason} (changed: {what})</source>
        <translation>Newidiwyd gan {who} ar {when}: {reason} (newidiwyd: {what})</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <location filename="../gui/family_file/costs/outcome_dialog.py" line="23"/>
        <source>Record an outcome achieved</source>
        <translation>Cofnodi canlyniad a gyflawnwyd</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/outcome_dialog.py" line="29"/>
        <source>&amp;Outcome area</source>
        <translation>&amp;Maes canlyniad</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/outcome_dialog.py" line="33"/>
        <source>The &amp;need it answers</source>
        <translation>Yr &amp;angen y mae&apos;n ei ateb</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/outcome_dialog.py" line="34"/>
        <source>&amp;What changed</source>
        <translation>Beth &amp;newidiodd</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/outcome_dialog.py" line="38"/>
        <source>A &amp;positive outcome</source>
        <translation>Canlyniad cadarn&amp;haol</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/outcome_dialog.py" line="41"/>
        <source>&amp;Achieved on</source>
        <translation>Wedi&apos;i &amp;gyflawni ar</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/outcome_dialog.py" line="45"/>
        <source>Last &amp;confirmed as still held on</source>
        <translation>Cadarnhawyd ddiwethaf ei fod yn dal a&amp;r</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/outcome_dialog.py" line="48"/>
        <source>For a claim, the change must still hold months later: when was it checked?</source>
        <translation>Ar gyfer hawliad, rhaid i&apos;r newid ddal fisoedd yn ddiweddarach: pryd cafodd ei wirio?</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/outcome_dialog.py" line="51"/>
        <source>&amp;Evidence</source>
        <translation>&amp;Tystiolaeth</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/outcome_dialog.py" line="57"/>
        <source>Outcome achieved: {area}</source>
        <translation>Canlyniad a gyflawnwyd: {area}</translation>
    </message>
</context>
<context>
    <name>OutcomesTab</name>
    <message>
        <location filename="../gui/family_file/outcomes/tab.py" line="87"/>
        <source>Earlier reading to compare</source>
        <translation>Darlleniad cynharach i&apos;w gymharu</translation>
    </message>
    <message>
        <location filename="../gui/family_file/outcomes/tab.py" line="89"/>
        <source>Later reading to compare</source>
        <translation>Darlleniad diweddarach i&apos;w gymharu</translation>
    </message>
    <message>
        <location filename="../gui/family_file/outcomes/tab.py" line="96"/>
        <source>&amp;Compare</source>
        <translation>&amp;Cymharu</translation>
    </message>
    <message>
        <location filename="../gui/family_file/outcomes/tab.py" line="98"/>
        <source>&amp;with</source>
        <translation>&amp;gyda</translation>
    </message>
    <message>
        <location filename="../gui/family_file/outcomes/tab.py" line="110"/>
        <location filename="../gui/family_file/outcomes/tab.py" line="115"/>
        <source>Area</source>
        <translation>Maes</translation>
    </message>
    <message>
        <location filename="../gui/family_file/outcomes/tab.py" line="110"/>
        <source>Score</source>
        <translation>Sgôr</translation>
    </message>
    <message>
        <location filename="../gui/family_file/outcomes/tab.py" line="110"/>
        <source>Change</source>
        <translation>Newid</translation>
    </message>
    <message>
        <location filename="../gui/family_file/outcomes/tab.py" line="110"/>
        <source>Stage</source>
        <translation>Cam</translation>
    </message>
    <message>
        <location filename="../gui/family_file/outcomes/tab.py" line="112"/>
        <source>Distance travelled per area</source>
        <translation>Pellter a deithiwyd ym mhob maes</translation>
    </message>
    <message>
        <location filename="../gui/family_file/outcomes/tab.py" line="115"/>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <location filename="../gui/family_file/outcomes/tab.py" line="115"/>
        <source>From stage</source>
        <translation>O&apos;r cam</translation>
    </message>
    <message>
        <location filename="../gui/family_file/outcomes/tab.py" line="115"/>
        <source>To stage</source>
        <translation>I&apos;r cam</translation>
    </message>
    <message>
        <location filename="../gui/family_file/outcomes/tab.py" line="117"/>
        <source>Stage changes between readings</source>
        <translation>Newidiadau cam rhwng darlleniadau</translation>
    </message>
    <message>
        <location filename="../gui/family_file/outcomes/tab.py" line="130"/>
        <source>Each area is scored with the family from 1 (under pressure) to 10 (steady on our own).</source>
        <translation>Mae pob maes yn cael sgôr gyda&apos;r teulu o 1 (dan bwysau) i 10 (yn sefydlog ar ein pennau ein hunain).</translation>
    </message>
    <message>
        <location filename="../gui/family_file/outcomes/tab.py" line="135"/>
        <source>Distance travelled</source>
        <translation>Pellter a deithiwyd</translation>
    </message>
    <message>
        <location filename="../gui/family_file/outcomes/tab.py" line="138"/>
        <source>Stage changes</source>
        <translation>Newidiadau cam</translation>
    </message>
    <message>
        <location filename="../gui/family_file/outcomes/tab.py" line="139"/>
        <source>No area has moved to another stage yet.</source>
        <translation>Does dim maes wedi symud i gam arall eto.</translation>
    </message>
    <message>
        <location filename="../gui/family_file/outcomes/tab.py" line="164"/>
        <source>Could not show the outcome readings</source>
        <translation>Methu dangos y darlleniadau canlyniadau</translation>
    </message>
    <message>
        <location filename="../gui/family_file/outcomes/tab.py" line="191"/>
        <source>Take a reading by starting a Family Progress Measure on the Assessments tab and marking it complete.</source>
        <translation>Cymerwch ddarlleniad drwy ddechrau Mesur Cynnydd y Teulu yn yr adran Asesiadau a&apos;i farcio&apos;n gyflawn.</translation>
    </message>
    <message>
        <location filename="../gui/family_file/outcomes/tab.py" line="203"/>
        <source>No outcome readings yet. Two readings are needed to show change; the first is due by {date}.</source>
        <translation>Dim darlleniadau canlyniadau eto. Mae angen dau ddarlleniad i ddangos newid; mae&apos;r cyntaf i fod erbyn {date}.</translation>
    </message>
    <message>
        <location filename="../gui/family_file/outcomes/tab.py" line="206"/>
        <source>No outcome readings yet. Two readings are needed to show change.</source>
        <translation>Dim darlleniadau canlyniadau eto. Mae angen dau ddarlleniad i ddangos newid.</translation>
    </message>
    <message>
        <location filename="../gui/family_file/outcomes/tab.py" line="210"/>
        <source>One reading so far ({date}). Two readings are needed to show change; the next is due by the review on {due}.</source>
        <translation>Un darlleniad hyd yma ({date}). Mae angen dau ddarlleniad i ddangos newid; mae&apos;r nesaf i fod erbyn yr adolygiad ar {due}.</translation>
    </message>
    <message>
        <location filename="../gui/family_file/outcomes/tab.py" line="214"/>
        <source>One reading so far ({date}). Two readings are needed to show change.</source>
        <translation>Un darlleniad hyd yma ({date}). Mae angen dau ddarlleniad i ddangos newid.</translation>
    </message>
    <message>
        <location filename="../gui/family_file/outcomes/tab.py" line="267"/>
        <source>Nothing to compare yet.</source>
        <translation>Dim i&apos;w gymharu eto.</translation>
    </message>
    <message>
        <location filename="../gui/family_file/outcomes/tab.py" line="274"/>
        <source>Of {n} areas scored both times: {up} better, {same} the same, {down} worse. {stages} moved up at least one stage.</source>
        <translation>O&apos;r {n} maes a gafodd sgôr y ddau dro: {up} yn well, {same} yr un fath, {down} yn waeth. Symudodd {stages} i fyny o leiaf un cam.</translation>
    </message>
    <message>
        <location filename="../gui/family_file/outcomes/tab.py" line="287"/>
        <source>{stage} (no change)</source>
        <translation>{stage} (dim newid)</translation>
    </message>
</context>
<context>
    <name>OutputDialog</name>
    <message>
        <location filename="../gui/common/output_dialog.py" line="70"/>
        <source>What will be written</source>
        <translation>Beth fydd yn cael ei ysgrifennu</translation>
    </message>
    <message>
        <location filename="../gui/common/output_dialog.py" line="71"/>
        <source>Check what can be shared first.</source>
        <translation>Gwiriwch beth y gellir ei rannu yn gyntaf.</translation>
    </message>
    <message>
        <location filename="../gui/common/output_dialog.py" line="72"/>
        <source>Leaves the encrypted vault</source>
        <translation>Yn gadael y gladdgell wedi&apos;i hamgryptio</translation>
    </message>
    <message>
        <location filename="../gui/common/output_dialog.py" line="75"/>
        <source>The PDF leaves the encrypted vault: anyone who can open the folder you choose can read it. Send it securely and delete it once it has been sent.</source>
        <translation>Mae&apos;r PDF yn gadael y gladdgell wedi&apos;i hamgryptio: gall unrhyw un sy&apos;n gallu agor y ffolder a ddewiswch ei ddarllen. Anfonwch ef yn ddiogel a&apos;i ddileu unwaith y bydd wedi&apos;i anfon.</translation>
    </message>
    <message>
        <location filename="../gui/common/output_dialog.py" line="80"/>
        <source>I understand that what is &amp;withheld is marked, not sent</source>
        <translation>Rwy&apos;n deall bod yr hyn sydd wedi&apos;i &amp;ddal yn ôl yn cael ei farcio, nid ei anfon</translation>
    </message>
    <message>
        <location filename="../gui/common/output_dialog.py" line="85"/>
        <location filename="../gui/common/output_dialog.py" line="86"/>
        <source>Where to save the PDF</source>
        <translation>Ble i gadw&apos;r PDF</translation>
    </message>
    <message>
        <location filename="../gui/common/output_dialog.py" line="87"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Pori…</translation>
    </message>
    <message>
        <location filename="../gui/common/output_dialog.py" line="89"/>
        <source>Choose where to save the PDF</source>
        <translation>Dewis ble i gadw&apos;r PDF</translation>
    </message>
    <message>
        <location filename="../gui/common/output_dialog.py" line="96"/>
        <source>C&amp;heck what can be shared</source>
        <translation>&amp;Gwirio beth y gellir ei rannu</translation>
    </message>
    <message>
        <location filename="../gui/common/output_dialog.py" line="99"/>
        <source>&amp;Save the PDF</source>
        <translation>Cadw&apos;r PDF &amp;nawr</translation>
    </message>
    <message>
        <location filename="../gui/common/output_dialog.py" line="103"/>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <location filename="../gui/common/output_dialog.py" line="136"/>
        <location filename="more_messages.py" line="172"/>
        <source>For (type of &amp;agency)</source>
        <translation>Ar gyfer (math o &amp;asiantaeth)</translation>
    </message>
    <message>
        <location filename="../gui/common/output_dialog.py" line="137"/>
        <location filename="more_messages.py" line="174"/>
        <source>Agency &amp;name</source>
        <translation>&amp;Enw&apos;r asiantaeth</translation>
    </message>
    <message>
        <location filename="../gui/common/output_dialog.py" line="138"/>
        <location filename="more_messages.py" line="176"/>
        <source>&amp;Purpose</source>
        <translation>D&amp;iben</translation>
    </message>
    <message>
        <location filename="../gui/common/output_dialog.py" line="195"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Dogfennau PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../gui/common/output_dialog.py" line="207"/>
        <source>Choose where to save the PDF.</source>
        <translation>Dewiswch ble i gadw&apos;r PDF.</translation>
    </message>
    <message>
        <location filename="../gui/common/output_dialog.py" line="221"/>
        <source>Saved outside FamilyCase</source>
        <translation>Wedi&apos;i gadw y tu allan i FamilyCase</translation>
    </message>
    <message>
        <location filename="../gui/common/output_dialog.py" line="223"/>
        <source>Saved to {path}.

This file has left the encrypted vault. Send it securely and delete it once it has been sent.</source>
        <translation>Wedi&apos;i gadw yn {path}.

Mae&apos;r ffeil hon wedi gadael y gladdgell wedi&apos;i hamgryptio. Anfonwch hi&apos;n ddiogel a&apos;i dileu unwaith y bydd wedi&apos;i hanfon.</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <location filename="../gui/family_file/consent/override_dialog.py" line="47"/>
        <source>Share without consent</source>
        <translation>Rhannu heb ganiatâd</translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/override_dialog.py" line="53"/>
        <source>Only share without consent when there is a lawful reason, such as protecting a child from significant harm. Your team leader sees every decision recorded here. Record who decided, why, and until when it applies.</source>
        <translation>Dim ond rhannu heb ganiatâd pan fydd rheswm cyfreithlon, fel amddiffyn plentyn rhag niwed sylweddol. Mae arweinydd eich tîm yn gweld pob penderfyniad a gofnodir yma. Cofnodwch pwy benderfynodd, pam, a than pryd mae&apos;n berthnasol.</translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/override_dialog.py" line="62"/>
        <source>&amp;Agency</source>
        <translation>&amp;Asiantaeth</translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/override_dialog.py" line="65"/>
        <source>Agency &amp;name</source>
        <translation>&amp;Enw&apos;r asiantaeth</translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/override_dialog.py" line="68"/>
        <source>For example: Northshire Children&apos;s Social Care</source>
        <translation>Er enghraifft: Gofal Cymdeithasol Plant Northshire</translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/override_dialog.py" line="71"/>
        <source>&amp;Purpose</source>
        <translation>&amp;Diben</translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/override_dialog.py" line="74"/>
        <source>&amp;Information</source>
        <translation>&amp;Gwybodaeth</translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/override_dialog.py" line="60"/>
        <source>A&amp;bout</source>
        <translation>Am &amp;bwy</translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/override_dialog.py" line="79"/>
        <source>Reason for &amp;sharing without consent</source>
        <translation>&amp;Rheswm dros rannu heb ganiatâd</translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/override_dialog.py" line="87"/>
        <source>&amp;Lawful basis</source>
        <translation>Sail gyfreith&amp;lon</translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/override_dialog.py" line="90"/>
        <source>A basis other than consent.</source>
        <translation>Sail heblaw caniatâd.</translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/override_dialog.py" line="93"/>
        <source>Legal &amp;gateway</source>
        <translation>&amp;Porth cyfreithiol</translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/override_dialog.py" line="96"/>
        <source>For example: Children Act 1989, section 47</source>
        <translation>Er enghraifft: Deddf Plant 1989, adran 47</translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/override_dialog.py" line="99"/>
        <source>&amp;Decided by</source>
        <translation>Penderfyn&amp;wyd gan</translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/override_dialog.py" line="102"/>
        <source>Who made the decision, and their role.</source>
        <translation>Pwy wnaeth y penderfyniad, a&apos;u rôl.</translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/override_dialog.py" line="104"/>
        <source>Date of d&amp;ecision</source>
        <translation>Dyddiad y pe&amp;nderfyniad</translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/override_dialog.py" line="108"/>
        <source>Applies &amp;until</source>
        <translation>Yn berthnasol &amp;tan</translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/override_dialog.py" line="111"/>
        <source>&amp;Record the decision</source>
        <translation>&amp;Cofnodi&apos;r penderfyniad</translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/override_dialog.py" line="117"/>
        <source>Decision to share {name}&apos;s information without consent</source>
        <translation>Penderfyniad i rannu gwybodaeth {name} heb ganiatâd</translation>
    </message>
</context>
<context>
    <name>OversightTab</name>
    <message>
        <location filename="../gui/family_file/oversight/tab.py" line="51"/>
        <source>&amp;Approve…</source>
        <translation>&amp;Cymeradwyo…</translation>
    </message>
    <message>
        <location filename="../gui/family_file/oversight/tab.py" line="52"/>
        <source>Re&amp;turn with a reason…</source>
        <translation>&amp;Dychwelyd gyda rheswm…</translation>
    </message>
    <message>
        <location filename="../gui/family_file/oversight/tab.py" line="53"/>
        <source>&amp;Withdraw the request</source>
        <translation>&amp;Tynnu&apos;r cais yn ôl</translation>
    </message>
    <message>
        <location filename="../gui/family_file/oversight/tab.py" line="56"/>
        <source>Asked on</source>
        <translation>Gofynnwyd ar</translation>
    </message>
    <message>
        <location filename="../gui/family_file/oversight/tab.py" line="57"/>
        <source>What</source>
        <translation>Beth</translation>
    </message>
    <message>
        <location filename="../gui/family_file/oversight/tab.py" line="58"/>
        <source>Asked by</source>
        <translation>Gofynnwyd gan</translation>
    </message>
    <message>
        <location filename="../gui/family_file/oversight/tab.py" line="59"/>
        <source>Decision</source>
        <translation>Penderfyniad</translation>
    </message>
    <message>
        <location filename="../gui/family_file/oversight/tab.py" line="60"/>
        <source>Decided by</source>
        <translation>Penderfynwyd gan</translation>
    </message>
    <message>
        <location filename="../gui/family_file/oversight/tab.py" line="61"/>
        <source>Reason</source>
        <translation>Rheswm</translation>
    </message>
    <message>
        <location filename="../gui/family_file/oversight/tab.py" line="64"/>
        <source>Requests for a team leader&apos;s approval</source>
        <translation>Ceisiadau am gymeradwyaeth arweinydd tîm</translation>
    </message>
    <message>
        <location filename="../gui/family_file/oversight/tab.py" line="67"/>
        <source>Due</source>
        <translation>Erbyn</translation>
    </message>
    <message>
        <location filename="../gui/family_file/oversight/tab.py" line="67"/>
        <location filename="../gui/family_file/oversight/tab.py" line="86"/>
        <source>Done</source>
        <translation>Wedi&apos;i wneud</translation>
    </message>
    <message>
        <location filename="../gui/family_file/oversight/tab.py" line="67"/>
        <source>How</source>
        <translation>Sut</translation>
    </message>
    <message>
        <location filename="../gui/family_file/oversight/tab.py" line="67"/>
        <source>What we found</source>
        <translation>Beth gawson ni</translation>
    </message>
    <message>
        <location filename="../gui/family_file/oversight/tab.py" line="69"/>
        <source>Follow-up checks after closure</source>
        <translation>Gwiriadau dilynol ar ôl cau</translation>
    </message>
    <message>
        <location filename="../gui/family_file/oversight/tab.py" line="72"/>
        <source>&amp;Record the follow-up check…</source>
        <translation>Cofnodi&apos;r &amp;gwiriad dilynol…</translation>
    </message>
    <message>
        <location filename="../gui/family_file/oversight/tab.py" line="73"/>
        <source>Nothing has been asked of a team leader.</source>
        <translation>Does dim wedi&apos;i ofyn i arweinydd tîm.</translation>
    </message>
    <message>
        <location filename="../gui/family_file/oversight/tab.py" line="75"/>
        <source>A check is scheduled when the family closes (6 months later by default).</source>
        <translation>Caiff gwiriad ei drefnu pan fydd y teulu&apos;n cau (6 mis yn ddiweddarach fel arfer).</translation>
    </message>
    <message>
        <location filename="../gui/family_file/oversight/tab.py" line="78"/>
        <source>This family has not been discussed in supervision yet.</source>
        <translation>Dydy&apos;r teulu hwn ddim wedi&apos;i drafod mewn goruchwyliaeth eto.</translation>
    </message>
    <message>
        <location filename="../gui/family_file/oversight/tab.py" line="81"/>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <location filename="../gui/family_file/oversight/tab.py" line="81"/>
        <source>Worker</source>
        <translation>Gweithiwr</translation>
    </message>
    <message>
        <location filename="../gui/family_file/oversight/tab.py" line="81"/>
        <source>Team leader</source>
        <translation>Arweinydd tîm</translation>
    </message>
    <message>
        <location filename="../gui/family_file/oversight/tab.py" line="81"/>
        <source>Reflection</source>
        <translation>Myfyrio</translation>
    </message>
    <message>
        <location filename="../gui/family_file/oversight/tab.py" line="83"/>
        <source>Supervision discussions of this family</source>
        <translation>Trafodaethau goruchwyliaeth am y teulu hwn</translation>
    </message>
    <message>
        <location filename="../gui/family_file/oversight/tab.py" line="86"/>
        <source>Action</source>
        <translation>Cam gweithredu</translation>
    </message>
    <message>
        <location filename="../gui/family_file/oversight/tab.py" line="86"/>
        <source>Whose</source>
        <translation>Pwy sy&apos;n gyfrifol</translation>
    </message>
    <message>
        <location filename="../gui/family_file/oversight/tab.py" line="86"/>
        <source>By when</source>
        <translation>Erbyn pryd</translation>
    </message>
    <message>
        <location filename="../gui/family_file/oversight/tab.py" line="88"/>
        <source>Actions agreed in supervision</source>
        <translation>Camau gweithredu a gytunwyd mewn goruchwyliaeth</translation>
    </message>
    <message>
        <location filename="../gui/family_file/oversight/tab.py" line="91"/>
        <source>Mark the action &amp;done…</source>
        <translation>&amp;Nodi bod y cam gweithredu wedi&apos;i wneud…</translation>
    </message>
    <message>
        <location filename="../gui/family_file/oversight/tab.py" line="98"/>
        <source>Decisions for a team leader</source>
        <translation>Penderfyniadau i arweinydd tîm</translation>
    </message>
    <message>
        <location filename="../gui/family_file/oversight/tab.py" line="102"/>
        <source>Steps up and down, closures and assessment sign-off that this organisation reserves for a team leader: asked for, then approved or returned with a reason.</source>
        <translation>Camu i fyny ac i lawr, cau a chymeradwyo asesiadau y mae&apos;r sefydliad hwn yn eu cadw i arweinydd tîm: gofynnir amdanyn nhw, yna cânt eu cymeradwyo neu eu dychwelyd gyda rheswm.</translation>
    </message>
    <message>
        <location filename="../gui/family_file/oversight/tab.py" line="113"/>
        <source>Follow-up after closure</source>
        <translation>Gwaith dilynol ar ôl cau</translation>
    </message>
    <message>
        <location filename="../gui/family_file/oversight/tab.py" line="118"/>
        <source>Supervision</source>
        <translation>Goruchwyliaeth</translation>
    </message>
    <message>
        <location filename="../gui/family_file/oversight/tab.py" line="139"/>
        <source>Could not read the oversight record</source>
        <translation>Doedd dim modd darllen y cofnod goruchwyliaeth reoli</translation>
    </message>
    <message>
        <location filename="../gui/family_file/oversight/tab.py" line="195"/>
        <location filename="../gui/family_file/oversight/tab.py" line="228"/>
        <source>Not yet</source>
        <translation>Ddim eto</translation>
    </message>
    <message>
        <location filename="../gui/family_file/oversight/tab.py" line="217"/>
        <source>Waiting for a team leader: {what}, asked by {who} on {date}.</source>
        <translation>Yn aros am arweinydd tîm: {what}, gofynnwyd gan {who} ar {date}.</translation>
    </message>
    <message>
        <location filename="../gui/family_file/oversight/tab.py" line="230"/>
        <source>{area}: held</source>
        <translation>{area}: wedi para</translation>
    </message>
    <message>
        <location filename="../gui/family_file/oversight/tab.py" line="230"/>
        <source>{area}: not held</source>
        <translation>{area}: heb bara</translation>
    </message>
    <message>
        <location filename="../gui/family_file/oversight/tab.py" line="296"/>
        <source>Withdraw the request</source>
        <translation>Tynnu&apos;r cais yn ôl</translation>
    </message>
    <message>
        <location filename="../gui/family_file/oversight/tab.py" line="297"/>
        <source>Withdraw “{what}”? Nothing in the family file changes.</source>
        <translation>Tynnu “{what}” yn ôl? Does dim yn newid yn ffeil y teulu.</translation>
    </message>
    <message>
        <location filename="../gui/family_file/oversight/tab.py" line="300"/>
        <source>&amp;Withdraw</source>
        <translation>&amp;Tynnu&apos;n ôl</translation>
    </message>
    <message>
        <location filename="../gui/family_file/oversight/tab.py" line="303"/>
        <source>Withdrawing the request</source>
        <translation>Tynnu&apos;r cais yn ôl</translation>
    </message>
</context>
<context>
    <name>PDF</name>
    <message>
        <location filename="more_messages.py" line="1000"/>
        <source>OFFICIAL-SENSITIVE</source>
        <translation>SWYDDOGOL-SENSITIF / OFFICIAL-SENSITIVE</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1002"/>
        <source>WITHHELD</source>
        <translation>WEDI&apos;I DDAL YN ÔL</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1004"/>
        <source>Page {page}</source>
        <translation>Tudalen {page}</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1006"/>
        <source>For: {recipient}</source>
        <translation>Ar gyfer: {recipient}</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1008"/>
        <source>{label}, page {n} of {total}</source>
        <translation>{label}, tudalen {n} o {total}</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1010"/>
        <source>Produced {date} {time} UTC   {page}</source>
        <translation>Cynhyrchwyd {date} {time} UTC   {page}</translation>
    </message>
</context>
<context>
    <name>PanelDialog</name>
    <message>
        <location filename="../gui/sharing/panel_dialog.py" line="62"/>
        <location filename="../gui/sharing/panel_dialog.py" line="68"/>
        <source>Print panel summaries</source>
        <translation>Argraffu crynodebau i&apos;r panel</translation>
    </message>
    <message>
        <location filename="../gui/sharing/panel_dialog.py" line="72"/>
        <source> and {n} more</source>
        <translation> a {n} arall</translation>
    </message>
    <message>
        <location filename="../gui/sharing/panel_dialog.py" line="75"/>
        <source>One case summary for each of {families}: {names}. Only what each family agreed to share with the recipient is printed; the rest is marked WITHHELD.</source>
        <translation>Un crynodeb achos ar gyfer pob un o&apos;r {families}: {names}. Dim ond yr hyn y cytunodd pob teulu i&apos;w rannu gyda&apos;r derbynnydd sy&apos;n cael ei argraffu; mae&apos;r gweddill wedi&apos;i farcio WEDI&apos;I DDAL YN ÔL.</translation>
    </message>
    <message>
        <location filename="../gui/sharing/panel_dialog.py" line="84"/>
        <source>For example: Northshire MASH panel</source>
        <translation>Er enghraifft: panel MASH Northshire</translation>
    </message>
    <message>
        <location filename="../gui/sharing/panel_dialog.py" line="89"/>
        <source>For example: should the family step up to tier 4?</source>
        <translation>Er enghraifft: a ddylai&apos;r teulu gamu i fyny i haen 4?</translation>
    </message>
    <message>
        <location filename="../gui/sharing/panel_dialog.py" line="95"/>
        <source>Optional, at least {n} characters</source>
        <translation>Dewisol, o leiaf {n} nod</translation>
    </message>
    <message>
        <location filename="../gui/sharing/panel_dialog.py" line="98"/>
        <source>Where to save the PDF</source>
        <translation>Ble i gadw&apos;r PDF</translation>
    </message>
    <message>
        <location filename="../gui/sharing/panel_dialog.py" line="99"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Pori…</translation>
    </message>
    <message>
        <location filename="../gui/sharing/panel_dialog.py" line="101"/>
        <source>Choose where to save the PDF</source>
        <translation>Dewis ble i gadw&apos;r PDF</translation>
    </message>
    <message>
        <location filename="../gui/sharing/panel_dialog.py" line="111"/>
        <source>Recipient &amp;agency</source>
        <translation>&amp;Asiantaeth sy&apos;n derbyn</translation>
    </message>
    <message>
        <location filename="../gui/sharing/panel_dialog.py" line="112"/>
        <source>Agency &amp;name</source>
        <translation>&amp;Enw&apos;r asiantaeth</translation>
    </message>
    <message>
        <location filename="../gui/sharing/panel_dialog.py" line="113"/>
        <source>&amp;Purpose</source>
        <translation>&amp;Diben</translation>
    </message>
    <message>
        <location filename="../gui/sharing/panel_dialog.py" line="114"/>
        <source>&amp;Question for the panel</source>
        <translation>&amp;Cwestiwn i&apos;r panel</translation>
    </message>
    <message>
        <location filename="../gui/sharing/panel_dialog.py" line="115"/>
        <source>PDF pass&amp;word</source>
        <translation>Cyfrinair y PD&amp;F</translation>
    </message>
    <message>
        <location filename="../gui/sharing/panel_dialog.py" line="121"/>
        <source>Save &amp;to</source>
        <translation>Cadw &amp;yn</translation>
    </message>
    <message>
        <location filename="../gui/sharing/panel_dialog.py" line="123"/>
        <source>Save to</source>
        <translation>Cadw yn</translation>
    </message>
    <message>
        <location filename="../gui/sharing/panel_dialog.py" line="126"/>
        <source>Progress preparing the summaries</source>
        <translation>Cynnydd wrth baratoi&apos;r crynodebau</translation>
    </message>
    <message>
        <location filename="../gui/sharing/panel_dialog.py" line="130"/>
        <source>What will be withheld</source>
        <translation>Beth fydd yn cael ei ddal yn ôl</translation>
    </message>
    <message>
        <location filename="../gui/sharing/panel_dialog.py" line="135"/>
        <source>I understand what will be withheld, and that the PDF leaves the encrypted vault once saved</source>
        <translation>Rwy&apos;n deall beth fydd yn cael ei ddal yn ôl, a bod y PDF yn gadael y gladdgell wedi&apos;i hamgryptio ar ôl ei gadw</translation>
    </message>
    <message>
        <location filename="../gui/sharing/panel_dialog.py" line="142"/>
        <source>&amp;Check what will be shared</source>
        <translation>&amp;Gwirio beth fydd yn cael ei rannu</translation>
    </message>
    <message>
        <location filename="../gui/sharing/panel_dialog.py" line="146"/>
        <source>&amp;Save the PDF</source>
        <translation>Cadw&apos;r PDF &amp;nawr</translation>
    </message>
    <message>
        <location filename="../gui/sharing/panel_dialog.py" line="180"/>
        <source>A PDF password needs at least {n} characters.</source>
        <translation>Mae angen o leiaf {n} nod ar gyfrinair PDF.</translation>
    </message>
    <message>
        <location filename="../gui/sharing/panel_dialog.py" line="184"/>
        <source>The agency name can be at most 200 characters.</source>
        <translation>Gall enw&apos;r asiantaeth fod yn 200 nod ar y mwyaf.</translation>
    </message>
    <message>
        <location filename="../gui/sharing/panel_dialog.py" line="220"/>
        <source>C&amp;heck again</source>
        <translation>Gwiri&amp;o eto</translation>
    </message>
    <message>
        <location filename="../gui/sharing/panel_dialog.py" line="234"/>
        <source>{reference}: everything in the summary may be shared.</source>
        <translation>{reference}: mae modd rhannu popeth yn y crynodeb.</translation>
    </message>
    <message>
        <location filename="../gui/sharing/panel_dialog.py" line="246"/>
        <source>{what} for {n}: {why}</source>
        <translation>{what} ar gyfer {n}: {why}</translation>
    </message>
    <message>
        <location filename="../gui/sharing/panel_dialog.py" line="256"/>
        <source>{reference}: WITHHELD –</source>
        <translation>{reference}: WEDI&apos;I DDAL YN ÔL –</translation>
    </message>
    <message>
        <location filename="../gui/sharing/panel_dialog.py" line="248"/>
        <source>1 person</source>
        <translation>1 person</translation>
    </message>
    <message>
        <location filename="../gui/sharing/panel_dialog.py" line="250"/>
        <source>{n} people</source>
        <translation>{n} o bobl</translation>
    </message>
    <message>
        <location filename="../gui/sharing/panel_dialog.py" line="263"/>
        <source>What the consent gate decided for {recipient}:</source>
        <translation>Beth benderfynodd y porth caniatâd ar gyfer {recipient}:</translation>
    </message>
    <message>
        <location filename="../gui/sharing/panel_dialog.py" line="267"/>
        <source>{n} item(s) will be shared without consent, under a recorded decision.</source>
        <translation>Bydd {n} eitem yn cael eu rhannu heb ganiatâd, dan benderfyniad a gofnodwyd.</translation>
    </message>
    <message>
        <location filename="../gui/sharing/panel_dialog.py" line="270"/>
        <source>Withheld items are printed as WITHHELD, never left out silently. Every decision is written to each family&apos;s share log when the PDF is saved.</source>
        <translation>Mae eitemau a ddaliwyd yn ôl yn cael eu hargraffu fel WEDI&apos;I DDAL YN ÔL, a byth yn cael eu gadael allan yn dawel. Mae pob penderfyniad yn cael ei ysgrifennu yn log rhannu pob teulu pan fydd y PDF yn cael ei gadw.</translation>
    </message>
    <message>
        <location filename="../gui/sharing/panel_dialog.py" line="285"/>
        <source>Save the panel summaries</source>
        <translation>Cadw&apos;r crynodebau i&apos;r panel</translation>
    </message>
    <message>
        <location filename="../gui/sharing/panel_dialog.py" line="287"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Dogfennau PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../gui/sharing/panel_dialog.py" line="300"/>
        <source>Choose where to save the PDF.</source>
        <translation>Dewiswch ble i gadw&apos;r PDF.</translation>
    </message>
    <message>
        <location filename="../gui/sharing/panel_dialog.py" line="321"/>
        <source>Panel summaries saved</source>
        <translation>Crynodebau&apos;r panel wedi&apos;u cadw</translation>
    </message>
    <message>
        <location filename="../gui/sharing/panel_dialog.py" line="323"/>
        <source>Saved to {path}.

This file has left the encrypted vault{protected}. Send it securely and delete it when the panel has met.</source>
        <translation>Wedi&apos;u cadw yn {path}.

Mae&apos;r ffeil hon wedi gadael y gladdgell wedi&apos;i hamgryptio{protected}. Anfonwch hi&apos;n ddiogel a&apos;i dileu pan fydd y panel wedi cyfarfod.</translation>
    </message>
    <message>
        <location filename="../gui/sharing/panel_dialog.py" line="327"/>
        <source> (it needs the password to open)</source>
        <translation> (mae angen y cyfrinair i&apos;w hagor)</translation>
    </message>
    <message>
        <location filename="../gui/sharing/panel_dialog.py" line="342"/>
        <source>Stopped: nothing was produced and nothing was shared.</source>
        <translation>Wedi stopio: chafodd dim ei gynhyrchu a chafodd dim ei rannu.</translation>
    </message>
</context>
<context>
    <name>PanelSummary</name>
    <message>
        <location filename="more_messages.py" line="986"/>
        <source>Panel case summaries</source>
        <translation>Crynodebau achos i&apos;r panel</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="988"/>
        <source>Only what the family agreed to share with this agency is shown. Withheld information is marked WITHHELD; ask the lead professional if the panel needs more.</source>
        <translation>Dim ond yr hyn y cytunodd y teulu i&apos;w rannu gyda&apos;r asiantaeth hon sy&apos;n cael ei ddangos. Mae gwybodaeth a ddaliwyd yn ôl wedi&apos;i marcio WEDI&apos;I DDAL YN ÔL; gofynnwch i&apos;r gweithiwr proffesiynol arweiniol os oes angen rhagor ar y panel.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="990"/>
        <source>First reading, {date} (dashed)</source>
        <translation>Darlleniad cyntaf, {date} (llinell doredig)</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="992"/>
        <source>Latest reading, {date} (solid)</source>
        <translation>Darlleniad diweddaraf, {date} (llinell lawn)</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="994"/>
        <source>What the panel is asked to decide</source>
        <translation>Beth y gofynnir i&apos;r panel ei benderfynu</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="996"/>
        <source>Case summary {reference}</source>
        <translation>Crynodeb achos {reference}</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="998"/>
        <source>For {recipient}, purpose: {purpose}. Prepared by {who} on {date}.</source>
        <translation>Ar gyfer {recipient}, diben: {purpose}. Wedi&apos;i baratoi gan {who} ar {date}.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1086"/>
        <source>Consent</source>
        <translation>Caniatâd</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1088"/>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1090"/>
        <source>Age</source>
        <translation>Oed</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1092"/>
        <source>Role</source>
        <translation>Rôl</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1094"/>
        <source>School or setting</source>
        <translation>Ysgol neu leoliad</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1096"/>
        <source>Household</source>
        <translation>Aelwyd</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1098"/>
        <source>Lead professional and Team Around the Family</source>
        <translation>Gweithiwr proffesiynol arweiniol a&apos;r Tîm o Amgylch y Teulu</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1116"/>
        <source>Current plan and progress</source>
        <translation>Y cynllun presennol a&apos;r cynnydd</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1118"/>
        <source>Outcome or action</source>
        <translation>Canlyniad neu gam gweithredu</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1120"/>
        <source>Who</source>
        <translation>Pwy</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1122"/>
        <source>By when</source>
        <translation>Erbyn pryd</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1124"/>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1126"/>
        <source>Latest outcome readings</source>
        <translation>Darlleniadau canlyniadau diweddaraf</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1128"/>
        <source>Area</source>
        <translation>Maes</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1130"/>
        <source>Change</source>
        <translation>Newid</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1132"/>
        <source>Consent to share in this family: {state}.</source>
        <translation>Caniatâd i rannu yn y teulu hwn: {state}.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1134"/>
        <source>Unborn (due {date})</source>
        <translation>Heb ei eni (disgwyl {date})</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1136"/>
        <source>Reason for involvement</source>
        <translation>Rheswm dros y gwaith</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1138"/>
        <source>Tier and history</source>
        <translation>Haen a hanes</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1100"/>
        <source>Risk or alert</source>
        <translation>Risg neu rybudd</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="984"/>
        <source>Scale: 0 at the centre to 10 at the edge</source>
        <translation>Graddfa: 0 yn y canol i 10 ar yr ymyl</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1084"/>
        <source>Family tree</source>
        <translation>Coeden deulu</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1102"/>
        <source>About</source>
        <translation>Am</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1104"/>
        <source>Since</source>
        <translation>Ers</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1106"/>
        <source>Told by</source>
        <translation>Yn ôl</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1108"/>
        <source>Shared on the basis of</source>
        <translation>Wedi&apos;i rannu ar sail</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1110"/>
        <source>Risks and alerts</source>
        <translation>Risgiau a rhybuddion</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1112"/>
        <source>No relationships are recorded in the family file.</source>
        <translation>Does dim perthnasoedd wedi&apos;u cofnodi yn ffeil y teulu.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1114"/>
        <source>Nobody in the family may be shown to this agency.</source>
        <translation>Does neb yn y teulu y caiff yr asiantaeth hon ei weld.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1140"/>
        <source>Without consent (recorded decision)</source>
        <translation>Heb ganiatâd (penderfyniad wedi&apos;i gofnodi)</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1142"/>
        <source>No risks or alerts are recorded in the family file, and none were noted for the panel.</source>
        <translation>Does dim risgiau na rhybuddion wedi&apos;u cofnodi yn ffeil y teulu, a does dim un wedi&apos;i nodi ar gyfer y panel.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1144"/>
        <source>Drawn as Withheld in the tree: {notice}</source>
        <translation>Wedi&apos;u llunio fel Wedi&apos;i ddal yn ôl yn y goeden: {notice}</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1146"/>
        <source>achieved</source>
        <translation>wedi&apos;i gyflawni</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1148"/>
        <source>Current plan and progress (version {n}, {date})</source>
        <translation>Y cynllun presennol a&apos;r cynnydd (fersiwn {n}, {date})</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1150"/>
        <source>Latest outcome readings ({title})</source>
        <translation>Darlleniadau canlyniadau diweddaraf ({title})</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1152"/>
        <source>no consent to share has been recorded for them</source>
        <translation>does dim caniatâd i rannu wedi&apos;i gofnodi ar eu cyfer</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1154"/>
        <source>their consent has been withdrawn</source>
        <translation>mae eu caniatâd wedi&apos;i dynnu&apos;n ôl</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1156"/>
        <source>their consent has expired</source>
        <translation>mae eu caniatâd wedi dod i ben</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1158"/>
        <source>their consent has not started yet</source>
        <translation>dydy eu caniatâd ddim wedi dechrau eto</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1160"/>
        <source>Withheld</source>
        <translation>Wedi&apos;i ddal yn ôl</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1162"/>
        <source>Agency</source>
        <translation>Asiantaeth</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1164"/>
        <source>Lead professional</source>
        <translation>Gweithiwr proffesiynol arweiniol</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1166"/>
        <source>The whole family</source>
        <translation>Y teulu cyfan</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1168"/>
        <source>Noted for this panel</source>
        <translation>Wedi&apos;i nodi ar gyfer y panel hwn</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1170"/>
        <source>Plan</source>
        <translation>Cynllun</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1172"/>
        <source>No family plan has been recorded yet.</source>
        <translation>Does dim cynllun teulu wedi&apos;i gofnodi eto.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1174"/>
        <source>Outcome: {text}</source>
        <translation>Canlyniad: {text}</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1176"/>
        <source>Readings</source>
        <translation>Darlleniadau</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1178"/>
        <source>No outcome readings have been recorded yet.</source>
        <translation>Does dim darlleniadau canlyniadau wedi&apos;u cofnodi eto.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1180"/>
        <source>First ({date})</source>
        <translation>Cyntaf ({date})</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1182"/>
        <source>Latest ({date})</source>
        <translation>Diweddaraf ({date})</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1184"/>
        <source>Referral</source>
        <translation>Atgyfeiriad</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1186"/>
        <source>No episode recorded.</source>
        <translation>Dim cyfnod o waith wedi&apos;i gofnodi.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1188"/>
        <source>Not allocated</source>
        <translation>Heb ei ddyrannu</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1190"/>
        <source>{n} risk note(s): {notice}</source>
        <translation>{n} nodyn risg: {notice}</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1192"/>
        <source>their consent is for other purposes, not for {purpose}</source>
        <translation>mae eu caniatâd ar gyfer dibenion eraill, nid ar gyfer {purpose}</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1194"/>
        <source>their consent does not include {agency}</source>
        <translation>dydy eu caniatâd ddim yn cynnwys {agency}</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1196"/>
        <source>they did not agree to share {information}</source>
        <translation>wnaethon nhw ddim cytuno i rannu {information}</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1198"/>
        <source>1 person: {reason}</source>
        <translation>1 person: {reason}</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1200"/>
        <source>{n} people: {reason}</source>
        <translation>{n} o bobl: {reason}</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1202"/>
        <source>Referred</source>
        <translation>Atgyfeiriwyd</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1204"/>
        <source>By</source>
        <translation>Gan</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1206"/>
        <source>Reason</source>
        <translation>Rheswm</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1208"/>
        <source>TAF member</source>
        <translation>Aelod o&apos;r TAT</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1210"/>
        <source>Without consent: safeguarding decision by {who}, {date}</source>
        <translation>Heb ganiatâd: penderfyniad diogelu gan {who}, {date}</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1212"/>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1214"/>
        <source>Tier</source>
        <translation>Haen</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2078"/>
        <source>Parent</source>
        <translation>Rhiant</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2080"/>
        <source>Step-parent</source>
        <translation>Llys-riant</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2082"/>
        <source>Carer</source>
        <translation>Gofalwr</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2084"/>
        <source>Grandparent</source>
        <translation>Mam-gu neu dad-cu</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2086"/>
        <source>Child</source>
        <translation>Plentyn</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2088"/>
        <source>Unborn child</source>
        <translation>Plentyn heb ei eni</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2090"/>
        <source>Other adult</source>
        <translation>Oedolyn arall</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2092"/>
        <source>Wider family</source>
        <translation>Teulu ehangach</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2094"/>
        <source>Not started</source>
        <translation>Heb ddechrau</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2096"/>
        <source>In progress</source>
        <translation>Ar y gweill</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2098"/>
        <source>Done</source>
        <translation>Wedi&apos;i wneud</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2100"/>
        <source>Stopped</source>
        <translation>Wedi stopio</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2102"/>
        <source>First tier</source>
        <translation>Haen gyntaf</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2104"/>
        <source>Step up</source>
        <translation>Camu i fyny</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2106"/>
        <source>Step down</source>
        <translation>Camu i lawr</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../gui/admin/password_dialog.py" line="35"/>
        <source>Change my password</source>
        <translation>Newid fy nghyfrinair</translation>
    </message>
    <message>
        <location filename="../gui/admin/password_dialog.py" line="40"/>
        <source>Type your current password, then the new one twice. A short phrase of several words is easiest to remember. Your families&apos; files are not re-encrypted: only the lock on your own keys changes.</source>
        <translation>Teipiwch eich cyfrinair presennol, yna&apos;r un newydd ddwywaith. Ymadrodd byr o sawl gair yw&apos;r hawsaf i&apos;w gofio. Dydy ffeiliau eich teuluoedd ddim yn cael eu hamgryptio eto: dim ond y clo ar eich allweddi eich hun sy&apos;n newid.</translation>
    </message>
    <message>
        <location filename="../gui/admin/password_dialog.py" line="46"/>
        <source>&amp;Current password</source>
        <translation>Cyfrinair &amp;presennol</translation>
    </message>
    <message>
        <location filename="../gui/admin/password_dialog.py" line="48"/>
        <source>&amp;New password</source>
        <translation>Cyfrinair &amp;newydd</translation>
    </message>
    <message>
        <location filename="../gui/admin/password_dialog.py" line="51"/>
        <source>At least {n} characters.</source>
        <translation>O leiaf {n} nod.</translation>
    </message>
    <message>
        <location filename="../gui/admin/password_dialog.py" line="53"/>
        <source>New password &amp;again</source>
        <translation>Cyfrinair newydd &amp;eto</translation>
    </message>
    <message>
        <location filename="../gui/admin/password_dialog.py" line="54"/>
        <source>C&amp;hange password</source>
        <translation>Newid y c&amp;yfrinair</translation>
    </message>
    <message>
        <location filename="../gui/admin/password_dialog.py" line="55"/>
        <source>Change password</source>
        <translation>Newid y cyfrinair</translation>
    </message>
    <message>
        <location filename="../gui/admin/password_dialog.py" line="61"/>
        <source>Change of your password</source>
        <translation>Newid eich cyfrinair</translation>
    </message>
    <message>
        <location filename="../gui/admin/password_dialog.py" line="68"/>
        <source>A password is only changed when you press Change password.</source>
        <translation>Dim ond pan fyddwch chi&apos;n pwyso Newid y cyfrinair y caiff cyfrinair ei newid.</translation>
    </message>
    <message>
        <location filename="../gui/admin/password_dialog.py" line="74"/>
        <source>Type your current password.</source>
        <translation>Teipiwch eich cyfrinair presennol.</translation>
    </message>
    <message>
        <location filename="../gui/admin/password_dialog.py" line="82"/>
        <source>The two new passwords are different.</source>
        <translation>Nid yw&apos;r ddau gyfrinair newydd yr un fath.</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <location filename="../gui/family_file/plan/plan_dialog.py" line="158"/>
        <source>The family plan</source>
        <translation>Cynllun y teulu</translation>
    </message>
    <message>
        <location filename="../gui/family_file/plan/plan_dialog.py" line="166"/>
        <source>Write the plan with {family}: what they want to be different, and the actions that will get there. Saving keeps the earlier version, so the plan as it stood at each review can still be seen.</source>
        <translation>Ysgrifennwch y cynllun gyda {family}: beth maen nhw eisiau iddo fod yn wahanol, a&apos;r camau a fydd yn mynd â nhw yno. Mae cadw&apos;n cadw&apos;r fersiwn gynharach, felly mae&apos;n bosib gweld y cynllun fel yr oedd ym mhob adolygiad.</translation>
    </message>
    <message>
        <location filename="../gui/family_file/plan/plan_dialog.py" line="175"/>
        <source>Add an &amp;outcome</source>
        <translation>Ychwanegu c&amp;anlyniad</translation>
    </message>
    <message>
        <location filename="../gui/family_file/plan/plan_dialog.py" line="176"/>
        <source>Add an &amp;action</source>
        <translation>Ychwanegu &amp;cam gweithredu</translation>
    </message>
    <message>
        <location filename="../gui/family_file/plan/plan_dialog.py" line="181"/>
        <source>e.g. Added the housing action</source>
        <translation>e.e. Wedi ychwanegu&apos;r cam tai</translation>
    </message>
    <message>
        <location filename="../gui/family_file/plan/plan_dialog.py" line="183"/>
        <source>What the family wants to be different</source>
        <translation>Beth mae&apos;r teulu eisiau iddo fod yn wahanol</translation>
    </message>
    <message>
        <location filename="../gui/family_file/plan/plan_dialog.py" line="186"/>
        <source>Actions</source>
        <translation>Camau gweithredu</translation>
    </message>
    <message>
        <location filename="../gui/family_file/plan/plan_dialog.py" line="191"/>
        <source>What the &amp;family says</source>
        <translation>Beth mae&apos;r &amp;teulu&apos;n ei ddweud</translation>
    </message>
    <message>
        <location filename="../gui/family_file/plan/plan_dialog.py" line="196"/>
        <source>What &amp;changed in this version</source>
        <translation>Beth &amp;newidiodd yn y fersiwn hon</translation>
    </message>
    <message>
        <location filename="../gui/family_file/plan/plan_dialog.py" line="207"/>
        <source>&amp;Save as a new version</source>
        <translation>Cadw fel &amp;fersiwn newydd</translation>
    </message>
    <message>
        <location filename="../gui/family_file/plan/plan_dialog.py" line="236"/>
        <source>The family plan for {family}</source>
        <translation>Cynllun y teulu ar gyfer {family}</translation>
    </message>
</context>
<context>
    <name>PlanTab</name>
    <message>
        <location filename="../gui/family_file/plan/tab.py" line="176"/>
        <location filename="../gui/family_file/plan/tab.py" line="271"/>
        <source>&amp;Edit the plan…</source>
        <translation>&amp;Golygu&apos;r cynllun…</translation>
    </message>
    <message>
        <location filename="../gui/family_file/plan/tab.py" line="177"/>
        <source>Record a re&amp;view…</source>
        <translation>Cofnodi &amp;adolygiad…</translation>
    </message>
    <message>
        <location filename="../gui/family_file/plan/tab.py" line="179"/>
        <source>Plan version to show</source>
        <translation>Fersiwn y cynllun i&apos;w dangos</translation>
    </message>
    <message>
        <location filename="../gui/family_file/plan/tab.py" line="182"/>
        <source>Ve&amp;rsion</source>
        <translation>Fe&amp;rsiwn</translation>
    </message>
    <message>
        <location filename="../gui/family_file/plan/tab.py" line="186"/>
        <source>The family plan</source>
        <translation>Cynllun y teulu</translation>
    </message>
    <message>
        <location filename="../gui/family_file/plan/tab.py" line="191"/>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <location filename="../gui/family_file/plan/tab.py" line="192"/>
        <source>Meeting</source>
        <translation>Cyfarfod</translation>
    </message>
    <message>
        <location filename="../gui/family_file/plan/tab.py" line="193"/>
        <source>Who came</source>
        <translation>Pwy ddaeth</translation>
    </message>
    <message>
        <location filename="../gui/family_file/plan/tab.py" line="194"/>
        <source>Agencies</source>
        <translation>Asiantaethau</translation>
    </message>
    <message>
        <location filename="../gui/family_file/plan/tab.py" line="195"/>
        <source>Next review</source>
        <translation>Adolygiad nesaf</translation>
    </message>
    <message>
        <location filename="../gui/family_file/plan/tab.py" line="196"/>
        <source>Decisions</source>
        <translation>Penderfyniadau</translation>
    </message>
    <message>
        <location filename="../gui/family_file/plan/tab.py" line="199"/>
        <source>Reviews and TAF meetings</source>
        <translation>Adolygiadau a chyfarfodydd TAT</translation>
    </message>
    <message>
        <location filename="../gui/family_file/plan/tab.py" line="201"/>
        <source>No reviews or TAF meetings recorded yet.</source>
        <translation>Dim adolygiadau na chyfarfodydd TAT wedi&apos;u cofnodi eto.</translation>
    </message>
    <message>
        <location filename="../gui/family_file/plan/tab.py" line="203"/>
        <source>Decisions of the selected review</source>
        <translation>Penderfyniadau&apos;r adolygiad a ddewiswyd</translation>
    </message>
    <message>
        <location filename="../gui/family_file/plan/tab.py" line="218"/>
        <source>Reviews and Team Around the Family meetings</source>
        <translation>Adolygiadau a chyfarfodydd Tîm o Amgylch y Teulu</translation>
    </message>
    <message>
        <location filename="../gui/family_file/plan/tab.py" line="226"/>
        <source>Family plan</source>
        <translation>Cynllun y teulu</translation>
    </message>
    <message>
        <location filename="../gui/family_file/plan/tab.py" line="250"/>
        <source>Could not show the family plan</source>
        <translation>Methu dangos cynllun y teulu</translation>
    </message>
    <message>
        <location filename="../gui/family_file/plan/tab.py" line="259"/>
        <source>The work with this family is closed.</source>
        <translation>Mae&apos;r gwaith gyda&apos;r teulu hwn wedi cau.</translation>
    </message>
    <message>
        <location filename="../gui/family_file/plan/tab.py" line="261"/>
        <source>Next review due: {date}</source>
        <translation>Adolygiad nesaf i fod: {date}</translation>
    </message>
    <message>
        <location filename="../gui/family_file/plan/tab.py" line="264"/>
        <source>First outcome reading due by {first}; review meeting due {review}</source>
        <translation>Darlleniad canlyniadau cyntaf i fod erbyn {first}; cyfarfod adolygu i fod {review}</translation>
    </message>
    <message>
        <location filename="../gui/family_file/plan/tab.py" line="271"/>
        <source>&amp;Write the plan…</source>
        <translation>&amp;Ysgrifennu&apos;r cynllun…</translation>
    </message>
    <message>
        <location filename="../gui/family_file/plan/tab.py" line="276"/>
        <source>Version {n} — {date}</source>
        <translation>Fersiwn {n} — {date}</translation>
    </message>
    <message>
        <location filename="../gui/family_file/plan/tab.py" line="280"/>
        <source>(current)</source>
        <translation>(presennol)</translation>
    </message>
    <message>
        <location filename="../gui/family_file/plan/tab.py" line="295"/>
        <source>(apologies)</source>
        <translation>(ymddiheuriadau)</translation>
    </message>
    <message>
        <location filename="../gui/family_file/plan/tab.py" line="324"/>
        <source>There is no family plan yet. Write it with the family after the assessment: what they want to be different, and who will do what.</source>
        <translation>Does dim cynllun i&apos;r teulu eto. Ysgrifennwch ef gyda&apos;r teulu ar ôl yr asesiad: beth maen nhw eisiau iddo fod yn wahanol, a phwy fydd yn gwneud beth.</translation>
    </message>
    <message>
        <location filename="../gui/family_file/plan/tab.py" line="378"/>
        <source>Could not record a review</source>
        <translation>Methu cofnodi adolygiad</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="772"/>
        <source>Not started</source>
        <translation>Heb ddechrau</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="774"/>
        <source>In progress</source>
        <translation>Ar y gweill</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="776"/>
        <source>Done</source>
        <translation>Wedi&apos;i wneud</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="778"/>
        <source>Stopped</source>
        <translation>Wedi stopio</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="780"/>
        <source>Review</source>
        <translation>Adolygiad</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="782"/>
        <source>TAF meeting</source>
        <translation>Cyfarfod TAT</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="784"/>
        <source>(none)</source>
        <translation>(dim)</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="786"/>
        <source>e.g. The children get to school on time every day</source>
        <translation>e.e. Mae&apos;r plant yn cyrraedd yr ysgol ar amser bob dydd</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="788"/>
        <source>Remove</source>
        <translation>Tynnu</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="790"/>
        <source>What will be done</source>
        <translation>Beth fydd yn cael ei wneud</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="792"/>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="794"/>
        <source>e.g. Demoford Primary School</source>
        <translation>e.e. Ysgol Gynradd Demoford</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="796"/>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="798"/>
        <source>Agency type</source>
        <translation>Math o asiantaeth</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="800"/>
        <source>Who will do it</source>
        <translation>Pwy fydd yn ei wneud</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="802"/>
        <source>By when</source>
        <translation>Erbyn pryd</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="804"/>
        <source>Agency</source>
        <translation>Asiantaeth</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="806"/>
        <source>Outcome {n}</source>
        <translation>Canlyniad {n}</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="808"/>
        <source>Remove outcome {n}</source>
        <translation>Tynnu canlyniad {n}</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="810"/>
        <source>Action {n}: agency type</source>
        <translation>Cam gweithredu {n}: math o asiantaeth</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="812"/>
        <source>Action {n}: status</source>
        <translation>Cam gweithredu {n}: statws</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="814"/>
        <source>Remove action {n}</source>
        <translation>Tynnu cam gweithredu {n}</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="816"/>
        <source>Action {n}: {field}</source>
        <translation>Cam gweithredu {n}: {field}</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="818"/>
        <source>Needs it addresses: {needs}</source>
        <translation>Anghenion y mae&apos;n mynd i&apos;r afael â nhw: {needs}</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="820"/>
        <source>Action {n}</source>
        <translation>Cam gweithredu {n}</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="822"/>
        <source>Role</source>
        <translation>Rôl</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="824"/>
        <source>Agency name</source>
        <translation>Enw&apos;r asiantaeth</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="826"/>
        <source>e.g. Mum</source>
        <translation>e.e. Mam</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="828"/>
        <source>Optional</source>
        <translation>Dewisol</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="830"/>
        <source>Came</source>
        <translation>Daeth</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="832"/>
        <source>Person {n}: name</source>
        <translation>Person {n}: enw</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="834"/>
        <source>Person {n}: role</source>
        <translation>Person {n}: rôl</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="836"/>
        <source>Person {n}: agency</source>
        <translation>Person {n}: asiantaeth</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="838"/>
        <source>Person {n}: agency name</source>
        <translation>Person {n}: enw&apos;r asiantaeth</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="840"/>
        <source>Person {n} came (untick: sent apologies)</source>
        <translation>Daeth person {n} (dad-diciwch: anfonodd ymddiheuriadau)</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="842"/>
        <source>Action {n}: progress</source>
        <translation>Cam gweithredu {n}: cynnydd</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="844"/>
        <source>Who</source>
        <translation>Pwy</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="846"/>
        <source>Works towards / needs</source>
        <translation>Yn gweithio tuag at / anghenion</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="848"/>
        <source>What the family wants to be different</source>
        <translation>Beth mae&apos;r teulu eisiau iddo fod yn wahanol</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="850"/>
        <source>Actions</source>
        <translation>Camau gweithredu</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="852"/>
        <source>No outcomes written yet.</source>
        <translation>Dim canlyniadau wedi&apos;u hysgrifennu eto.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="854"/>
        <source>No actions yet.</source>
        <translation>Dim camau gweithredu eto.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="856"/>
        <source>What the family says about the plan</source>
        <translation>Beth mae&apos;r teulu&apos;n ei ddweud am y cynllun</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="858"/>
        <source>Version {n}, saved {date} by {who}</source>
        <translation>Fersiwn {n}, wedi&apos;i chadw {date} gan {who}</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="860"/>
        <source>Achieved {date}</source>
        <translation>Wedi&apos;i gyflawni {date}</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../../ui/preferences_dialog.ui" line="6"/>
        <source>Preferences</source>
        <translation>Dewisiadau</translation>
    </message>
    <message>
        <location filename="../../../ui/preferences_dialog.ui" line="27"/>
        <source>Locking</source>
        <translation>Cloi</translation>
    </message>
    <message>
        <location filename="../../../ui/preferences_dialog.ui" line="36"/>
        <source>&amp;Lock after</source>
        <translation>&amp;Cloi ar ôl</translation>
    </message>
    <message>
        <location filename="../../../ui/preferences_dialog.ui" line="46"/>
        <source>Lock after this many minutes without use</source>
        <translation>Cloi ar ôl y nifer hwn o funudau heb ei ddefnyddio</translation>
    </message>
    <message>
        <location filename="../../../ui/preferences_dialog.ui" line="49"/>
        <source> minutes</source>
        <translation> munud</translation>
    </message>
    <message>
        <location filename="../../../ui/preferences_dialog.ui" line="56"/>
        <source>Lan&amp;guage</source>
        <translation>&amp;Iaith</translation>
    </message>
    <message>
        <location filename="../../../ui/preferences_dialog.ui" line="66"/>
        <source>Language of FamilyCase</source>
        <translation>Iaith FamilyCase</translation>
    </message>
    <message>
        <location filename="../../../ui/preferences_dialog.ui" line="75"/>
        <source>FamilyCase locks itself when nobody has used it for this long, and asks for your password again. Unsaved work is saved first when it can be; anything that cannot be saved is shown with a countdown before it is discarded.</source>
        <translation>Mae FamilyCase yn cloi ei hun pan nad oes neb wedi&apos;i ddefnyddio am gyhyd â hyn, ac yn gofyn am eich cyfrinair eto. Mae gwaith heb ei gadw&apos;n cael ei gadw gyntaf pan fo modd; mae unrhyw beth na ellir ei gadw&apos;n cael ei ddangos gyda chyfrif i lawr cyn iddo gael ei waredu.</translation>
    </message>
    <message>
        <location filename="../gui/admin/preferences_dialog.py" line="47"/>
        <source>As the computer is set ({language})</source>
        <translation>Fel mae&apos;r cyfrifiadur wedi&apos;i osod ({language})</translation>
    </message>
    <message>
        <location filename="../gui/admin/preferences_dialog.py" line="53"/>
        <source>A new language shows from the next time you unlock FamilyCase.</source>
        <translation>Bydd iaith newydd yn ymddangos y tro nesaf y byddwch chi&apos;n datgloi FamilyCase.</translation>
    </message>
</context>
<context>
    <name>PreventedCostDialog</name>
    <message>
        <location filename="../gui/family_file/costs/prevented_cost_dialog.py" line="78"/>
        <source>Change a prevented cost</source>
        <translation>Newid cost a ataliwyd</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/prevented_cost_dialog.py" line="78"/>
        <source>Add a prevented cost</source>
        <translation>Ychwanegu cost a ataliwyd</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/prevented_cost_dialog.py" line="104"/>
        <source>For example: the youngest child going into care</source>
        <translation>Er enghraifft: y plentyn ieuengaf yn mynd i ofal</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/prevented_cost_dialog.py" line="106"/>
        <source>&amp;Unit cost</source>
        <translation>Cost &amp;uned</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/prevented_cost_dialog.py" line="109"/>
        <source>Search the GMCA unit cost database and your organisation&apos;s local costs.</source>
        <translation>Chwilio cronfa ddata costau uned GMCA a chostau lleol eich sefydliad.</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/prevented_cost_dialog.py" line="115"/>
        <source>Kept as recorded: {value} {unit} ({year} prices). Choose another to change it.</source>
        <translation>Wedi&apos;i chadw fel y&apos;i cofnodwyd: {value} {unit} (prisiau {year}). Dewiswch un arall i&apos;w newid.</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/prevented_cost_dialog.py" line="123"/>
        <source>How &amp;many</source>
        <translation>Sa&amp;wl un</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/prevented_cost_dialog.py" line="126"/>
        <source>How many times, people or placements (for example 3 A&amp;E visits).</source>
        <translation>Sawl gwaith, person neu leoliad (er enghraifft 3 ymweliad ag adran achosion brys).</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/prevented_cost_dialog.py" line="130"/>
        <source>For how lon&amp;g</source>
        <translation>Am ba &amp;hyd</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/prevented_cost_dialog.py" line="139"/>
        <source>How sure are we?</source>
        <translation>Pa mor sicr ydyn ni?</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/prevented_cost_dialog.py" line="141"/>
        <source>&amp;Likelihood</source>
        <translation>&amp;Tebygolrwydd</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/prevented_cost_dialog.py" line="147"/>
        <source>&amp;Evidence strength</source>
        <translation>Cry&amp;fder y dystiolaeth</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/prevented_cost_dialog.py" line="153"/>
        <source>&amp;Deadweight</source>
        <translation>&amp;Pwysau marw</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/prevented_cost_dialog.py" line="156"/>
        <source>&amp;Attribution</source>
        <translation>Pr&amp;iodoli</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/prevented_cost_dialog.py" line="191"/>
        <source>Who gains, and when</source>
        <translation>Pwy sy&apos;n elwa, a phryd</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/prevented_cost_dialog.py" line="226"/>
        <source>For how many &amp;years</source>
        <translation>Am sawl b&amp;lwyddyn</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/prevented_cost_dialog.py" line="229"/>
        <source>1 for a one-off saving; the cost is counted again in each year.</source>
        <translation>1 am arbediad unwaith yn unig; mae&apos;r gost yn cael ei chyfrif eto bob blwyddyn.</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/prevented_cost_dialog.py" line="232"/>
        <source>D&amp;rop-off</source>
        <translation>Ll&amp;eihad</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/prevented_cost_dialog.py" line="235"/>
        <source>Drop-off: how much of the effect wears off each year after the first.</source>
        <translation>Lleihad: faint o&apos;r effaith sy&apos;n pylu bob blwyddyn ar ôl y gyntaf.</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/prevented_cost_dialog.py" line="237"/>
        <source>Assessment</source>
        <translation>Asesiad</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/prevented_cost_dialog.py" line="239"/>
        <source>&amp;Outcome area</source>
        <translation>&amp;Maes canlyniad</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/prevented_cost_dialog.py" line="243"/>
        <source>Not linked to an outcome area</source>
        <translation>Heb ei gysylltu â maes canlyniad</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/prevented_cost_dialog.py" line="254"/>
        <source>Assessed o&amp;n</source>
        <translation>Aseswyd a&amp;r</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/prevented_cost_dialog.py" line="252"/>
        <source>Only a team leader can agree a line (for example at a closure review).</source>
        <translation>Dim ond arweinydd tîm all gytuno ar linell (er enghraifft mewn adolygiad cau).</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/prevented_cost_dialog.py" line="96"/>
        <source>Something the family would probably have needed without your work, priced with a published unit cost, or a cost the work caused (a disbenefit). Be realistic: the figures are reduced for how likely it was, what would have happened anyway and how good the evidence is.</source>
        <translation>Rhywbeth y byddai&apos;r teulu&apos;n debygol o fod wedi bod ei angen heb eich gwaith, wedi&apos;i brisio â chost uned gyhoeddedig, neu gost a achoswyd gan y gwaith (anfudd). Byddwch yn realistig: mae&apos;r ffigurau&apos;n cael eu lleihau yn ôl pa mor debygol oedd hynny, beth fyddai wedi digwydd beth bynnag a pha mor dda yw&apos;r dystiolaeth.</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/prevented_cost_dialog.py" line="103"/>
        <source>What was a&amp;voided</source>
        <translation>Beth a ataliw&amp;yd</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/prevented_cost_dialog.py" line="134"/>
        <source>How many of the unit cost&apos;s units each one lasts, and what they are: 52 weeks for a year at a weekly cost, 1 for a one-off cost.</source>
        <translation>Sawl un o unedau&apos;r gost uned y mae pob un yn para, a beth ydyn nhw: 52 wythnos am flwyddyn ar gost wythnosol, 1 am gost untro.</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/prevented_cost_dialog.py" line="138"/>
        <source>For how long</source>
        <translation>Am ba hyd</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/prevented_cost_dialog.py" line="158"/>
        <source>What else changed because of it (additionality)</source>
        <translation>Beth arall a newidiodd o&apos;i herwydd (ychwanegedd)</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/prevented_cost_dialog.py" line="162"/>
        <source>Usually 0%. Take a share off when the gain is offset or goes elsewhere, for example a job the parent takes that another jobseeker would have had.</source>
        <translation>Fel arfer 0%. Tynnwch gyfran pan fydd yr elw&apos;n cael ei wrthbwyso neu&apos;n mynd i rywle arall, er enghraifft swydd y mae&apos;r rhiant yn ei chymryd y byddai ceisiwr gwaith arall wedi&apos;i chael.</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/prevented_cost_dialog.py" line="168"/>
        <source>Dis&amp;placement</source>
        <translation>&amp;Dadleoli</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/prevented_cost_dialog.py" line="172"/>
        <source>Displacement: the share offset by a loss elsewhere (the job another jobseeker would have had, offending moved to another area).</source>
        <translation>Dadleoli: y gyfran sy&apos;n cael ei gwrthbwyso gan golled yn rhywle arall (y swydd y byddai ceisiwr gwaith arall wedi&apos;i chael, troseddu wedi symud i ardal arall).</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/prevented_cost_dialog.py" line="177"/>
        <source>Lea&amp;kage</source>
        <translation>&amp;Gollyngiad</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/prevented_cost_dialog.py" line="180"/>
        <source>Leakage: the share going to people or places outside the intended group.</source>
        <translation>Gollyngiad: y gyfran sy&apos;n mynd i bobl neu leoedd y tu allan i&apos;r grŵp a fwriadwyd.</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/prevented_cost_dialog.py" line="183"/>
        <source>Su&amp;bstitution</source>
        <translation>&amp;Amnewid</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/prevented_cost_dialog.py" line="187"/>
        <source>Substitution: the share where one activity was swapped for a similar one to take advantage of the support (an employer replacing an existing worker).</source>
        <translation>Amnewid: y gyfran lle cafodd un gweithgaredd ei gyfnewid am un tebyg i fanteisio ar y cymorth (cyflogwr yn cymryd lle gweithiwr presennol).</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/prevented_cost_dialog.py" line="193"/>
        <source>Benefit or d&amp;isbenefit</source>
        <translation>&amp;Budd neu anfudd</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/prevented_cost_dialog.py" line="197"/>
        <source>A disbenefit is a cost the work caused (for example more referrals to a service): worked out like a benefit, never reduced for weak evidence, and taken off the total.</source>
        <translation>Mae anfudd yn gost a achoswyd gan y gwaith (er enghraifft mwy o atgyfeiriadau at wasanaeth): yn cael ei gyfrifo fel budd, byth yn cael ei leihau ar gyfer tystiolaeth wan, ac yn cael ei dynnu o&apos;r cyfanswm.</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/prevented_cost_dialog.py" line="203"/>
        <source>Bene&amp;fit (or cost) to</source>
        <translation>Budd (neu g&amp;ost) i</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/prevented_cost_dialog.py" line="208"/>
        <source>Cashable: a budget is actually freed up (public money only)</source>
        <translation>Arian parod: mae cyllideb yn cael ei rhyddhau go iawn (arian cyhoeddus yn unig)</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/prevented_cost_dialog.py" line="213"/>
        <source>Health or quality-of-life value: discount at the health rate (1.5% a year)</source>
        <translation>Gwerth iechyd neu ansawdd bywyd: disgowntio ar y gyfradd iechyd (1.5% y flwyddyn)</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/prevented_cost_dialog.py" line="219"/>
        <source>For values of health and life (for example QALYs): HM Treasury&apos;s Green Book discounts them at 1.5% a year instead of 3.5%.</source>
        <translation>Ar gyfer gwerthoedd iechyd a bywyd (er enghraifft QALYs): mae Llyfr Gwyrdd Trysorlys EF yn eu disgowntio ar 1.5% y flwyddyn yn lle 3.5%.</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/prevented_cost_dialog.py" line="249"/>
        <source>Sta&amp;tus</source>
        <translation>&amp;Statws</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/prevented_cost_dialog.py" line="258"/>
        <source>&amp;Why we think so</source>
        <translation>Pam rydyn &amp;ni&apos;n meddwl hynny</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/prevented_cost_dialog.py" line="261"/>
        <source>What made it likely: for example a strategy discussion, a notice served.</source>
        <translation>Beth oedd yn ei wneud yn debygol: er enghraifft trafodaeth strategaeth, hysbysiad wedi&apos;i gyflwyno.</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/prevented_cost_dialog.py" line="267"/>
        <source>&amp;Save prevented cost</source>
        <translation>&amp;Cadw&apos;r gost a ataliwyd</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/prevented_cost_dialog.py" line="274"/>
        <source>Duration unit</source>
        <translation>Uned yr hyd</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/prevented_cost_dialog.py" line="275"/>
        <source>unit, for example weeks</source>
        <translation>uned, er enghraifft wythnosau</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/prevented_cost_dialog.py" line="323"/>
        <source>a prevented cost</source>
        <translation>cost a ataliwyd</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/prevented_cost_dialog.py" line="324"/>
        <source>Prevented cost: {what}</source>
        <translation>Cost a ataliwyd: {what}</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/prevented_cost_dialog.py" line="395"/>
        <location filename="more_messages.py" line="602"/>
        <source>A benefit: a cost avoided or a value gained</source>
        <translation>Budd: cost a osgowyd neu werth a enillwyd</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/prevented_cost_dialog.py" line="398"/>
        <location filename="more_messages.py" line="604"/>
        <source>A disbenefit: a cost the work caused (taken off the total)</source>
        <translation>Anfudd: cost a achoswyd gan y gwaith (wedi&apos;i thynnu o&apos;r cyfanswm)</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <location filename="more_messages.py" line="2282"/>
        <source>&amp;Select All</source>
        <translation>&amp;Dewis y cyfan</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2284"/>
        <source>&amp;Step up</source>
        <translation>Camu i &amp;fyny</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2286"/>
        <source>Step &amp;down</source>
        <translation>Camu i &amp;lawr</translation>
    </message>
</context>
<context>
    <name>QCoreApplication</name>
    <message>
        <location filename="../gui/common/app_shortcuts.py" line="83"/>
        <source>AppShortcuts</source>
        <comment>Lock FamilyCase (from any window or dialog)</comment>
        <translation>AppShortcuts</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location filename="more_messages.py" line="2252"/>
        <source>&amp;Undo</source>
        <translation>&amp;Dadwneud</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2254"/>
        <source>&amp;Redo</source>
        <translation>&amp;Ail-wneud</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2256"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Torri</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2258"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copïo</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2260"/>
        <source>&amp;Paste</source>
        <translation>&amp;Gludo</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2262"/>
        <source>Delete</source>
        <translation>Dileu</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2264"/>
        <source>Select All</source>
        <translation>Dewis y cyfan</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="more_messages.py" line="2198"/>
        <source>OK</source>
        <translation>Iawn</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2200"/>
        <source>Save</source>
        <translation>Cadw</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2202"/>
        <source>Save All</source>
        <translation>Cadw&apos;r cyfan</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2204"/>
        <source>Open</source>
        <translation>Agor</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2206"/>
        <source>&amp;Yes</source>
        <translation>&amp;Ie</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2208"/>
        <source>Yes to &amp;All</source>
        <translation>Ie i&apos;r c&amp;yfan</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2210"/>
        <source>&amp;No</source>
        <translation>&amp;Na</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2212"/>
        <source>N&amp;o to All</source>
        <translation>Na i&apos;r cyf&amp;an</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2214"/>
        <source>Abort</source>
        <translation>Rhoi&apos;r gorau iddi</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2216"/>
        <source>Retry</source>
        <translation>Ceisio eto</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2218"/>
        <source>Ignore</source>
        <translation>Anwybyddu</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2220"/>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2222"/>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2224"/>
        <source>Discard</source>
        <translation>Gwaredu</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2226"/>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2228"/>
        <source>Apply</source>
        <translation>Gweithredu</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2230"/>
        <source>Reset</source>
        <translation>Ailosod</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2232"/>
        <source>Restore Defaults</source>
        <translation>Adfer y rhagosodiadau</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location filename="more_messages.py" line="2266"/>
        <source>&amp;Undo</source>
        <translation>&amp;Dadwneud</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2268"/>
        <source>&amp;Redo</source>
        <translation>&amp;Ail-wneud</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2270"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Torri</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2272"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copïo</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2274"/>
        <source>&amp;Paste</source>
        <translation>&amp;Gludo</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2276"/>
        <source>Delete</source>
        <translation>Dileu</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2278"/>
        <source>Select All</source>
        <translation>Dewis y cyfan</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2280"/>
        <source>Copy &amp;Link Location</source>
        <translation>Copïo cyfeiriad y do&amp;len</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <location filename="more_messages.py" line="2234"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Nesaf &gt;</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2236"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Yn ôl</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2238"/>
        <source>&amp;Finish</source>
        <translation>&amp;Gorffen</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2240"/>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2242"/>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2244"/>
        <source>Go Back</source>
        <translation>Mynd yn ôl</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2246"/>
        <source>Continue</source>
        <translation>Parhau</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2248"/>
        <source>Commit</source>
        <translation>Ymrwymo</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2250"/>
        <source>Done</source>
        <translation>Wedi&apos;i wneud</translation>
    </message>
</context>
<context>
    <name>Radar</name>
    <message>
        <location filename="more_messages.py" line="762"/>
        <source>Outcome radar chart</source>
        <translation>Siart radar y canlyniadau</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="764"/>
        <source>First reading</source>
        <translation>Darlleniad cyntaf</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="766"/>
        <source>Reading</source>
        <translation>Darlleniad</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="768"/>
        <source>Latest reading</source>
        <translation>Darlleniad diweddaraf</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="770"/>
        <source>A radar chart needs at least three areas.</source>
        <translation>Mae angen o leiaf tri maes ar siart radar.</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../gui/replicas/laptops_dialog.py" line="65"/>
        <source>Reason</source>
        <translation>Rheswm</translation>
    </message>
    <message>
        <location filename="../gui/replicas/laptops_dialog.py" line="66"/>
        <source>Rea&amp;son:</source>
        <translation>&amp;Rheswm:</translation>
    </message>
    <message>
        <location filename="../gui/replicas/laptops_dialog.py" line="80"/>
        <source>Before you go on</source>
        <translation>Cyn i chi fynd ymlaen</translation>
    </message>
    <message>
        <location filename="../gui/replicas/laptops_dialog.py" line="90"/>
        <source>Say why: it is recorded in the audit log.</source>
        <translation>Dywedwch pam: caiff ei gofnodi yn y log archwilio.</translation>
    </message>
</context>
<context>
    <name>RecoveryKey</name>
    <message>
        <location filename="more_messages.py" line="932"/>
        <source>Kept by: ______________________   Where: ______________________</source>
        <translation>Yn cael ei chadw gan: ______________________   Ble: ______________________</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="934"/>
        <source>This key opens every family file in this organisation&apos;s FamilyCase vault. Use it only if workers lose their passwords, or to check the whole vault. Keep this page locked away (for example in a safe) and away from the computer. FamilyCase does not keep a copy: if it is lost, it cannot be shown again.</source>
        <translation>Mae&apos;r allwedd hon yn agor pob ffeil teulu yng nghladdgell FamilyCase y sefydliad hwn. Defnyddiwch hi dim ond os bydd gweithwyr yn colli eu cyfrineiriau, neu i wirio&apos;r gladdgell gyfan. Cadwch y dudalen hon dan glo (er enghraifft mewn sêff) ac i ffwrdd o&apos;r cyfrifiadur. Dydy FamilyCase ddim yn cadw copi: os bydd yn mynd ar goll, does dim modd ei dangos eto.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="936"/>
        <source>Organisation: {organisation}. Made on {date}.</source>
        <translation>Sefydliad: {organisation}. Wedi&apos;i gwneud ar {date}.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="938"/>
        <source>FamilyCase organisation recovery key</source>
        <translation>Allwedd adfer sefydliad FamilyCase</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPage</name>
    <message>
        <location filename="../gui/session/first_run.py" line="261"/>
        <source>Your organisation recovery key</source>
        <translation>Allwedd adfer eich sefydliad</translation>
    </message>
    <message>
        <location filename="../gui/session/first_run.py" line="264"/>
        <source>This key opens every family file if workers lose their passwords. It is shown only now: FamilyCase does not keep a copy.</source>
        <translation>Mae&apos;r allwedd hon yn agor pob ffeil teulu os bydd gweithwyr yn colli eu cyfrineiriau. Mae&apos;n cael ei dangos nawr yn unig: dydy FamilyCase ddim yn cadw copi.</translation>
    </message>
    <message>
        <location filename="../gui/session/first_run.py" line="270"/>
        <source>Recovery key</source>
        <translation>Allwedd adfer</translation>
    </message>
    <message>
        <location filename="../gui/session/first_run.py" line="279"/>
        <source>&lt;b&gt;Print this key, or write it down carefully, and lock it away&lt;/b&gt; (for example in the office safe), away from this computer. Do not photograph it, email it or save it in a file. It uses only the letters A to Z and the digits 2 to 7, so there is no zero or one to mistake for O or I.</source>
        <translation>&lt;b&gt;Argraffwch yr allwedd hon, neu ysgrifennwch hi&apos;n ofalus, a&apos;i chadw dan glo&lt;/b&gt; (er enghraifft yn sêff y swyddfa), i ffwrdd o&apos;r cyfrifiadur hwn. Peidiwch â thynnu llun ohoni, ei hanfon drwy e-bost na&apos;i chadw mewn ffeil. Mae&apos;n defnyddio&apos;r llythrennau A i Z a&apos;r digidau 2 i 7 yn unig, felly does dim sero nac un i&apos;w cymysgu ag O neu I.</translation>
    </message>
    <message>
        <location filename="../gui/session/first_run.py" line="287"/>
        <source>&amp;Print the recovery key…</source>
        <translation>&amp;Argraffu&apos;r allwedd adfer…</translation>
    </message>
    <message>
        <location filename="../gui/session/first_run.py" line="292"/>
        <source>I have printed or &amp;written down the recovery key and stored it safely</source>
        <translation>Rydw i wedi argraffu neu &amp;ysgrifennu&apos;r allwedd adfer a&apos;i chadw&apos;n ddiogel</translation>
    </message>
    <message>
        <location filename="../gui/session/first_run.py" line="294"/>
        <source>I have stored the recovery key safely</source>
        <translation>Rydw i wedi cadw&apos;r allwedd adfer yn ddiogel</translation>
    </message>
    <message>
        <location filename="../gui/session/first_run.py" line="320"/>
        <source>Print the recovery key</source>
        <translation>Argraffu&apos;r allwedd adfer</translation>
    </message>
    <message>
        <location filename="../gui/session/first_run.py" line="330"/>
        <source>Sent to the printer. Check the page before you tick the box below.</source>
        <translation>Wedi&apos;i hanfon i&apos;r argraffydd. Gwiriwch y dudalen cyn ticio&apos;r blwch isod.</translation>
    </message>
    <message>
        <location filename="../gui/session/first_run.py" line="332"/>
        <source>The printer could not be used. Write the key down instead.</source>
        <translation>Methu defnyddio&apos;r argraffydd. Ysgrifennwch yr allwedd yn lle hynny.</translation>
    </message>
</context>
<context>
    <name>RelationshipDialog</name>
    <message>
        <location filename="../gui/family_file/household/relationship_dialog.py" line="39"/>
        <source>Add a relationship</source>
        <translation>Ychwanegu perthynas</translation>
    </message>
    <message>
        <location filename="../gui/family_file/household/relationship_dialog.py" line="39"/>
        <source>Edit relationship</source>
        <translation>Golygu perthynas</translation>
    </message>
    <message>
        <location filename="../gui/family_file/household/relationship_dialog.py" line="47"/>
        <source>&amp;Person</source>
        <translation>&amp;Person</translation>
    </message>
    <message>
        <location filename="../gui/family_file/household/relationship_dialog.py" line="49"/>
        <source>&amp;Relationship</source>
        <translation>Pe&amp;rthynas</translation>
    </message>
    <message>
        <location filename="../gui/family_file/household/relationship_dialog.py" line="53"/>
        <source>Related &amp;to</source>
        <translation>Yn perthyn &amp;i</translation>
    </message>
    <message>
        <location filename="../gui/family_file/household/relationship_dialog.py" line="54"/>
        <source>&amp;Note</source>
        <translation>&amp;Nodyn</translation>
    </message>
    <message>
        <location filename="../gui/family_file/household/relationship_dialog.py" line="66"/>
        <source>Relationship: {a} {kind} {b}</source>
        <translation>Perthynas: {a} {kind} {b}</translation>
    </message>
</context>
<context>
    <name>ReopenDialog</name>
    <message>
        <location filename="../gui/family_file/work/referral_dialogs.py" line="129"/>
        <source>Reopen as a new episode</source>
        <translation>Ailagor fel cyfnod newydd o waith</translation>
    </message>
    <message>
        <location filename="../gui/family_file/work/referral_dialogs.py" line="136"/>
        <source>A new referral for {family}. The earlier episodes stay in the file and the chronology; the family does not have to tell their story again.</source>
        <translation>Atgyfeiriad newydd ar gyfer {family}. Mae&apos;r cyfnodau cynharach yn aros yn y ffeil ac yn y cronoleg; does dim rhaid i&apos;r teulu adrodd eu hanes eto.</translation>
    </message>
    <message>
        <location filename="../gui/family_file/work/referral_dialogs.py" line="141"/>
        <source>Date rec&amp;eived</source>
        <translation>&amp;Dyddiad ei dderbyn</translation>
    </message>
    <message>
        <location filename="../gui/family_file/work/referral_dialogs.py" line="144"/>
        <source>Referred &amp;by</source>
        <translation>Wedi&apos;i atgyfeirio &amp;gan</translation>
    </message>
    <message>
        <location filename="../gui/family_file/work/referral_dialogs.py" line="148"/>
        <source>Re&amp;ferrer</source>
        <translation>&amp;Atgyfeiriwr</translation>
    </message>
    <message>
        <location filename="../gui/family_file/work/referral_dialogs.py" line="149"/>
        <source>Name and role, e.g. Ms Patel, head teacher</source>
        <translation>Enw a rôl, e.e. Ms Patel, pennaeth</translation>
    </message>
    <message>
        <location filename="../gui/family_file/work/referral_dialogs.py" line="151"/>
        <source>Reas&amp;on for referral</source>
        <translation>&amp;Rheswm dros atgyfeirio</translation>
    </message>
    <message>
        <location filename="../gui/family_file/work/referral_dialogs.py" line="155"/>
        <source>The family &amp;consented to the referral</source>
        <translation>&amp;Cydsyniodd y teulu i&apos;r atgyfeiriad</translation>
    </message>
    <message>
        <location filename="../gui/family_file/work/referral_dialogs.py" line="160"/>
        <source>T&amp;ier</source>
        <translation>Ha&amp;en</translation>
    </message>
    <message>
        <location filename="../gui/family_file/work/referral_dialogs.py" line="163"/>
        <source>&amp;Reopen</source>
        <translation>A&amp;ilagor</translation>
    </message>
    <message>
        <location filename="../gui/family_file/work/referral_dialogs.py" line="168"/>
        <source>Reopening the file of {family}</source>
        <translation>Ailagor ffeil {family}</translation>
    </message>
</context>
<context>
    <name>RepairDirectoryDialog</name>
    <message>
        <location filename="../gui/admin/directory.py" line="139"/>
        <source>Staff list changed outside FamilyCase</source>
        <translation>Rhestr staff wedi&apos;i newid y tu allan i FamilyCase</translation>
    </message>
    <message>
        <location filename="../gui/admin/directory.py" line="141"/>
        <source>The staff list in the vault file no longer matches the signed directory. Until it is repaired, nobody but an administrator can sign in. What differs:</source>
        <translation>Nid yw&apos;r rhestr staff yn ffeil y gladdgell yn cyfateb i&apos;r cyfeiriadur wedi&apos;i lofnodi mwyach. Nes iddi gael ei thrwsio, ni all neb ond gweinyddwr fewngofnodi. Beth sy&apos;n wahanol:</translation>
    </message>
    <message>
        <location filename="../gui/admin/directory.py" line="144"/>
        <source>&amp;Repair from the signed directory</source>
        <translation>&amp;Trwsio o&apos;r cyfeiriadur wedi&apos;i lofnodi</translation>
    </message>
    <message>
        <location filename="../gui/admin/directory.py" line="151"/>
        <source>What differs</source>
        <translation>Beth sy&apos;n wahanol</translation>
    </message>
    <message>
        <location filename="../gui/admin/directory.py" line="155"/>
        <source>Repairing puts the staff tables back as signed. Someone changed the vault file directly: tell whoever looks after security, and run a full check (&apos;familycase verify&apos;).</source>
        <translation>Mae trwsio yn rhoi&apos;r tablau staff yn ôl fel y cawson nhw eu llofnodi. Mae rhywun wedi newid ffeil y gladdgell yn uniongyrchol: dywedwch wrth bwy bynnag sy&apos;n gofalu am ddiogelwch, a rhedwch wiriad llawn (&apos;familycase verify&apos;).</translation>
    </message>
</context>
<context>
    <name>ReplicaActions</name>
    <message>
        <location filename="../gui/replicas/actions.py" line="58"/>
        <location filename="../gui/replicas/actions.py" line="68"/>
        <source>Take families offline</source>
        <translation>Mynd â theuluoedd all-lein</translation>
    </message>
    <message>
        <location filename="../gui/replicas/actions.py" line="60"/>
        <source>This is a laptop replica already. Take families offline from the team store (open it while on the network).</source>
        <translation>Copi ar liniadur yw hwn yn barod. Ewch â theuluoedd all-lein o storfa&apos;r tîm (agorwch hi tra byddwch chi ar y rhwydwaith).</translation>
    </message>
    <message>
        <location filename="../gui/replicas/actions.py" line="69"/>
        <source>Select the families to take in the list first (Ctrl+click for more).</source>
        <translation>Dewiswch y teuluoedd i fynd â nhw yn y rhestr yn gyntaf (Ctrl+clic am fwy).</translation>
    </message>
    <message>
        <location filename="../gui/replicas/actions.py" line="80"/>
        <source>Bring my families back</source>
        <translation>Dod â&apos;m teuluoedd yn ôl</translation>
    </message>
    <message>
        <location filename="../gui/replicas/actions.py" line="81"/>
        <source>This is the team store: families are brought back from a laptop.</source>
        <translation>Storfa&apos;r tîm yw hon: mae teuluoedd yn dod yn ôl iddi o liniadur.</translation>
    </message>
    <message>
        <location filename="../gui/replicas/actions.py" line="87"/>
        <source>Could not list the families on this laptop</source>
        <translation>Doedd dim modd rhestru&apos;r teuluoedd ar y gliniadur hwn</translation>
    </message>
</context>
<context>
    <name>ReplicaStrip</name>
    <message>
        <location filename="../gui/replicas/family_strip.py" line="19"/>
        <source>Where this family is</source>
        <translation>Ble mae&apos;r teulu hwn</translation>
    </message>
    <message>
        <location filename="../gui/replicas/family_strip.py" line="20"/>
        <source>Conflictin&amp;g versions…</source>
        <translation>Fersiynau sy&apos;n &amp;gwrthdaro…</translation>
    </message>
    <message>
        <location filename="../gui/replicas/family_strip.py" line="36"/>
        <source>On this laptop since {since}. Bring it back (File &gt; Bring my families back…) when you are on the network.</source>
        <translation>Ar y gliniadur hwn ers {since}. Dewch ag ef yn ôl (Ffeil &gt; Dod â&apos;m teuluoedd yn ôl…) pan fyddwch chi ar y rhwydwaith.</translation>
    </message>
    <message>
        <location filename="../gui/replicas/family_strip.py" line="43"/>
        <source>Checked out to {where}. Nobody can change it here until it is brought back, or a team leader recalls it.</source>
        <translation>Allan ar {where}. All neb ei newid yma nes iddo ddod yn ôl, neu nes i arweinydd tîm ei alw&apos;n ôl.</translation>
    </message>
    <message>
        <location filename="../gui/replicas/family_strip.py" line="49"/>
        <source>A conflicting version from a laptop waits for you to choose.</source>
        <translation>Mae fersiwn sy&apos;n gwrthdaro o liniadur yn aros i chi ddewis.</translation>
    </message>
    <message>
        <location filename="../gui/replicas/family_strip.py" line="52"/>
        <source>{n} conflicting versions from a laptop wait for you to choose.</source>
        <translation>Mae {n} o fersiynau sy&apos;n gwrthdaro o liniadur yn aros i chi ddewis.</translation>
    </message>
</context>
<context>
    <name>ReportingActions</name>
    <message>
        <location filename="../gui/reporting/actions.py" line="51"/>
        <source>Could not share the reporting key</source>
        <translation>Doedd dim modd rhannu&apos;r allwedd adrodd</translation>
    </message>
    <message>
        <location filename="../gui/reporting/actions.py" line="61"/>
        <source>Could not build the families&apos; summaries for reporting</source>
        <translation>Doedd dim modd llunio crynodebau&apos;r teuluoedd ar gyfer adrodd</translation>
    </message>
    <message>
        <location filename="../gui/reporting/actions.py" line="67"/>
        <source>Add the reporting key</source>
        <translation>Ychwanegu&apos;r allwedd adrodd</translation>
    </message>
    <message>
        <location filename="../gui/reporting/actions.py" line="69"/>
        <source>This vault was made before managers&apos; reports had their own key. Add it now? Its public half is signed into the staff list; managers and team leaders receive it, and team leaders&apos; next sign-in builds each family&apos;s summary for reporting. Names are only ever shown where a family agreed to monitoring.</source>
        <translation>Cafodd y gladdgell hon ei gwneud cyn i adroddiadau rheolwyr gael eu hallwedd eu hunain. Ychwanegu&apos;r allwedd nawr? Caiff ei hanner cyhoeddus ei lofnodi yn y rhestr staff; mae rheolwyr ac arweinwyr tîm yn ei chael, ac mae&apos;r tro nesaf y bydd arweinwyr tîm yn mewngofnodi yn llunio crynodeb pob teulu ar gyfer adrodd. Dim ond lle cytunodd teulu i gael ei fonitro y caiff enwau eu dangos.</translation>
    </message>
    <message>
        <location filename="../gui/reporting/actions.py" line="80"/>
        <source>Could not add the reporting key</source>
        <translation>Doedd dim modd ychwanegu&apos;r allwedd adrodd</translation>
    </message>
</context>
<context>
    <name>ResultBox</name>
    <message>
        <location filename="../gui/family_file/costs/result_box.py" line="31"/>
        <source>The family&apos;s figures</source>
        <translation>Ffigurau&apos;r teulu</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/result_box.py" line="33"/>
        <source>Why there are no figures</source>
        <translation>Pam nad oes ffigurau</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/result_box.py" line="36"/>
        <source>Benefits by kind</source>
        <translation>Buddion yn ôl math</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/result_box.py" line="37"/>
        <source>Net budget impact and payback</source>
        <translation>Effaith net ar y gyllideb ac ad-dalu</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/result_box.py" line="38"/>
        <source>Prices and what counts</source>
        <translation>Prisiau a beth sy&apos;n cyfrif</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/result_box.py" line="41"/>
        <source>Show the &amp;working…</source>
        <translation>Dangos y &amp;gwaith cyfrif…</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/result_box.py" line="43"/>
        <source>Every step from the unit cost to the figure, in plain words</source>
        <translation>Pob cam o&apos;r gost uned i&apos;r ffigur, mewn geiriau plaen</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/result_box.py" line="80"/>
        <source>Reading the cost records…</source>
        <translation>Wrthi&apos;n darllen y cofnodion costau…</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/result_box.py" line="82"/>
        <source>The family&apos;s figures cannot be worked out yet</source>
        <translation>Does dim modd cyfrifo ffigurau&apos;r teulu eto</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/result_box.py" line="84"/>
        <source>No prevented costs or costs of the work recorded yet</source>
        <translation>Dim costau a ataliwyd na chostau&apos;r gwaith wedi&apos;u cofnodi eto</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/result_box.py" line="86"/>
        <source>No prevented costs counted yet, so there are no returns</source>
        <translation>Dim costau a ataliwyd wedi&apos;u cyfrif eto, felly does dim enillion</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/result_box.py" line="96"/>
        <source>Add what the work prevented and what it cost, and FamilyCase works out three returns for every £1 spent: cashable, financial (all public money) and public value.</source>
        <translation>Ychwanegwch yr hyn a ataliwyd gan y gwaith a&apos;r hyn a gostiodd, ac mae FamilyCase yn cyfrifo tri math o enillion am bob £1 a wariwyd: arian parod, ariannol (holl arian cyhoeddus) a gwerth cyhoeddus.</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/result_box.py" line="113"/>
        <source>Today&apos;s values in {year} prices. Proposed and agreed lines count, withdrawn ones do not. Cautious figures: see the working.</source>
        <translation>Gwerthoedd heddiw ym mhrisiau {year}. Mae llinellau arfaethedig a llinellau y cytunwyd arnyn nhw yn cyfrif, ond nid rhai a dynnwyd yn ôl. Ffigurau gofalus: gweler y gwaith cyfrif.</translation>
    </message>
</context>
<context>
    <name>RetentionWindow</name>
    <message>
        <location filename="../gui/admin/retention.py" line="189"/>
        <source>Retention – FamilyCase</source>
        <translation>Cyfnod cadw – FamilyCase</translation>
    </message>
    <message>
        <location filename="../gui/admin/retention.py" line="204"/>
        <source> years</source>
        <translation> mlynedd</translation>
    </message>
    <message>
        <location filename="../gui/admin/retention.py" line="206"/>
        <source>Retention period in years</source>
        <translation>Cyfnod cadw mewn blynyddoedd</translation>
    </message>
    <message>
        <location filename="../gui/admin/retention.py" line="207"/>
        <source>Retention &amp;period:</source>
        <translation>&amp;Cyfnod cadw:</translation>
    </message>
    <message>
        <location filename="../gui/admin/retention.py" line="209"/>
        <source>&amp;Change the period</source>
        <translation>&amp;Newid y cyfnod</translation>
    </message>
    <message>
        <location filename="../gui/admin/retention.py" line="229"/>
        <source>Reference</source>
        <translation>Cyfeirnod</translation>
    </message>
    <message>
        <location filename="../gui/admin/retention.py" line="229"/>
        <source>Closed on</source>
        <translation>Cau ar</translation>
    </message>
    <message>
        <location filename="../gui/admin/retention.py" line="229"/>
        <source>Retention ended</source>
        <translation>Daeth y cyfnod cadw i ben</translation>
    </message>
    <message>
        <location filename="../gui/admin/retention.py" line="231"/>
        <location filename="../gui/admin/retention.py" line="251"/>
        <source>Families past their retention period</source>
        <translation>Teuluoedd sydd wedi mynd heibio i&apos;w cyfnod cadw</translation>
    </message>
    <message>
        <location filename="../gui/admin/retention.py" line="236"/>
        <source>&amp;Destroy…</source>
        <translation>&amp;Dinistrio…</translation>
    </message>
    <message>
        <location filename="../gui/admin/retention.py" line="238"/>
        <source>Destroy the chosen family file for ever, after typing its reference</source>
        <translation>Dinistrio ffeil y teulu a ddewiswyd am byth, ar ôl teipio ei chyfeirnod</translation>
    </message>
    <message>
        <location filename="../gui/admin/retention.py" line="241"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Adnewyddu</translation>
    </message>
    <message>
        <location filename="../gui/admin/retention.py" line="247"/>
        <source>Retention</source>
        <translation>Cyfnod cadw</translation>
    </message>
    <message>
        <location filename="../gui/admin/retention.py" line="279"/>
        <source>your team&apos;s</source>
        <translation>eich tîm</translation>
    </message>
    <message>
        <location filename="../gui/admin/retention.py" line="281"/>
        <source>the organisation&apos;s</source>
        <translation>y sefydliad</translation>
    </message>
    <message>
        <location filename="../gui/admin/retention.py" line="285"/>
        <source>When all of a family&apos;s episodes are closed, the file is kept for {years} years after the last closure, then listed here to be destroyed. This lists {whose} families.</source>
        <translation>Pan fydd pob cyfnod o waith gyda theulu wedi cau, mae&apos;r ffeil yn cael ei chadw am {years} mlynedd ar ôl y cau olaf, yna&apos;n cael ei rhestru yma i&apos;w dinistrio. Mae hwn yn rhestru teuluoedd {whose}.</translation>
    </message>
    <message>
        <location filename="../gui/admin/retention.py" line="305"/>
        <source>No family is past its retention period.</source>
        <translation>Does dim teulu wedi mynd heibio i&apos;w gyfnod cadw.</translation>
    </message>
    <message>
        <location filename="../gui/admin/retention.py" line="342"/>
        <source>The retention period is now {years} years.</source>
        <translation>Y cyfnod cadw nawr yw {years} mlynedd.</translation>
    </message>
    <message>
        <location filename="../gui/admin/retention.py" line="364"/>
        <source>{reference} has been destroyed.</source>
        <translation>Mae {reference} wedi&apos;i dinistrio.</translation>
    </message>
</context>
<context>
    <name>ReturnResults</name>
    <message>
        <location filename="../gui/costs/return_results.py" line="32"/>
        <source>About this return</source>
        <translation>Am y ffurflen hon</translation>
    </message>
    <message>
        <location filename="../gui/costs/return_results.py" line="34"/>
        <source>Net budget impact and payback</source>
        <translation>Effaith net ar y gyllideb ac ad-dalu</translation>
    </message>
    <message>
        <location filename="../gui/costs/return_results.py" line="36"/>
        <source>Benefits by &amp;kind (today&apos;s values)</source>
        <translation>Buddion yn ôl &amp;math (gwerthoedd heddiw)</translation>
    </message>
    <message>
        <location filename="../gui/costs/return_results.py" line="40"/>
        <source>Who inv&amp;ests and who gains, by agency (today&apos;s values)</source>
        <translation>Pwy sy&apos;n b&amp;uddsoddi a phwy sy&apos;n elwa, yn ôl asiantaeth (gwerthoedd heddiw)</translation>
    </message>
    <message>
        <location filename="../gui/costs/return_results.py" line="43"/>
        <source>Please note</source>
        <translation>Sylwch</translation>
    </message>
    <message>
        <location filename="../gui/costs/return_results.py" line="64"/>
        <source>Make the return to see its figures here: the same as in the files.</source>
        <translation>Gwnewch y ffurflen i weld ei ffigurau yma: yr un fath ag yn y ffeiliau.</translation>
    </message>
    <message>
        <location filename="../gui/costs/return_results.py" line="82"/>
        <source>{counted} counted: {cohort}, in {year} prices. Saved: {files}.</source>
        <translation>{counted} wedi&apos;u cyfrif: {cohort}, ym mhrisiau {year}. Wedi&apos;u cadw: {files}.</translation>
    </message>
    <message>
        <location filename="../gui/costs/return_results.py" line="89"/>
        <source>{n} could not be opened and are listed as left out.</source>
        <translation>Nid oedd modd agor {n} ac maen nhw wedi&apos;u rhestru fel rhai a adawyd allan.</translation>
    </message>
    <message>
        <location filename="../gui/costs/return_results.py" line="96"/>
        <source>Nothing was counted in the period, so no figures.</source>
        <translation>Ni chafodd dim ei gyfrif yn y cyfnod, felly dim ffigurau.</translation>
    </message>
    <message>
        <location filename="../gui/costs/return_results.py" line="109"/>
        <source>Please note:</source>
        <translation>Sylwch:</translation>
    </message>
</context>
<context>
    <name>ReturnToDraftDialog</name>
    <message>
        <location filename="../gui/family_file/assessments/return_to_draft_dialog.py" line="24"/>
        <source>Return to draft</source>
        <translation>Yn ôl i ddrafft</translation>
    </message>
    <message>
        <location filename="../gui/family_file/assessments/return_to_draft_dialog.py" line="32"/>
        <source>“{form}” goes back to the worker as a draft. Say what needs more work.</source>
        <translation>Mae “{form}” yn mynd yn ôl at y gweithiwr fel drafft. Dywedwch beth sydd angen rhagor o waith.</translation>
    </message>
    <message>
        <location filename="../gui/family_file/assessments/return_to_draft_dialog.py" line="37"/>
        <source>&amp;Why</source>
        <translation>&amp;Pam</translation>
    </message>
    <message>
        <location filename="../gui/family_file/assessments/return_to_draft_dialog.py" line="38"/>
        <source>&amp;Return to draft</source>
        <translation>&amp;Yn ôl i ddrafft</translation>
    </message>
    <message>
        <location filename="../gui/family_file/assessments/return_to_draft_dialog.py" line="43"/>
        <source>Returning “{form}” to draft</source>
        <translation>Anfon “{form}” yn ôl i ddrafft</translation>
    </message>
</context>
<context>
    <name>ReturnsDialog</name>
    <message>
        <location filename="../gui/costs/returns_dialog.py" line="70"/>
        <location filename="../gui/costs/returns_dialog.py" line="76"/>
        <source>Cost-saving return</source>
        <translation>Ffurflen arbedion cost</translation>
    </message>
    <message>
        <location filename="../gui/costs/returns_dialog.py" line="139"/>
        <source>Every family I can open in my team</source>
        <translation>Pob teulu yn fy nhîm y galla i ei agor</translation>
    </message>
    <message>
        <location filename="../gui/costs/returns_dialog.py" line="141"/>
        <source>Every family I can open</source>
        <translation>Pob teulu y galla i ei agor</translation>
    </message>
    <message>
        <location filename="../gui/costs/returns_dialog.py" line="143"/>
        <source>The {n} selected in the list</source>
        <translation>Y {n} a ddewiswyd yn y rhestr</translation>
    </message>
    <message>
        <location filename="../gui/costs/returns_dialog.py" line="171"/>
        <source>Every amount is shown in this financial year&apos;s prices; older unit costs are uprated. Leave blank for the year the period ends in.</source>
        <translation>Mae pob swm yn cael ei ddangos ym mhrisiau&apos;r flwyddyn ariannol hon; mae costau uned hŷn yn cael eu codi. Gadewch yn wag ar gyfer y flwyddyn y mae&apos;r cyfnod yn dod i ben ynddi.</translation>
    </message>
    <message>
        <location filename="../gui/costs/returns_dialog.py" line="176"/>
        <source>Count &amp;agreed lines only (not proposed ones)</source>
        <translation>Cyfrif llinellau wedi&apos;u &amp;cytuno yn unig (nid rhai arfaethedig)</translation>
    </message>
    <message>
        <location filename="../gui/costs/returns_dialog.py" line="192"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Pori…</translation>
    </message>
    <message>
        <location filename="../gui/costs/returns_dialog.py" line="194"/>
        <source>Choose the folder</source>
        <translation>Dewis y ffolder</translation>
    </message>
    <message>
        <location filename="../gui/costs/returns_dialog.py" line="203"/>
        <source>Period &amp;to</source>
        <translation>Cyfnod &amp;hyd at</translation>
    </message>
    <message>
        <location filename="../gui/costs/returns_dialog.py" line="205"/>
        <source>&amp;Prices of year</source>
        <translation>Prisiau&apos;r flwydd&amp;yn</translation>
    </message>
    <message>
        <location filename="../gui/costs/returns_dialog.py" line="220"/>
        <source>Before you start</source>
        <translation>Cyn i chi ddechrau</translation>
    </message>
    <message>
        <location filename="../gui/costs/returns_dialog.py" line="95"/>
        <source>Progress</source>
        <translation>Cynnydd</translation>
    </message>
    <message>
        <location filename="../gui/costs/returns_dialog.py" line="80"/>
        <source>What early help prevented for the families you choose, against what the work cost: three returns for every £1 spent, by kind of benefit, by agency and by outcome area. Only lines assessed, and money spent, in the period count; you need to hold a family&apos;s key for it to be counted.</source>
        <translation>Yr hyn a ataliwyd gan gymorth cynnar i&apos;r teuluoedd a ddewiswch, o&apos;i gymharu â chost y gwaith: tri math o enillion am bob £1 a wariwyd, yn ôl math o fudd, yn ôl asiantaeth ac yn ôl maes canlyniad. Dim ond llinellau a aseswyd, ac arian a wariwyd, yn y cyfnod sy&apos;n cyfrif; rhaid i chi ddal allwedd teulu er mwyn iddo gael ei gyfrif.</translation>
    </message>
    <message>
        <location filename="../gui/costs/returns_dialog.py" line="91"/>
        <source>The return</source>
        <translation>Y ffurflen</translation>
    </message>
    <message>
        <location filename="../gui/costs/returns_dialog.py" line="93"/>
        <source>&amp;What to count</source>
        <translation>Beth i&apos;&amp;w gyfrif</translation>
    </message>
    <message>
        <location filename="../gui/costs/returns_dialog.py" line="94"/>
        <source>&amp;Results</source>
        <translation>Ca&amp;nlyniadau</translation>
    </message>
    <message>
        <location filename="../gui/costs/returns_dialog.py" line="97"/>
        <source>&amp;Make the return</source>
        <translation>&amp;Gwneud y ffurflen</translation>
    </message>
    <message>
        <location filename="../gui/costs/returns_dialog.py" line="101"/>
        <source>C&amp;laims check (CSV)…</source>
        <translation>Gwirio hawli&amp;adau (CSV)…</translation>
    </message>
    <message>
        <location filename="../gui/costs/returns_dialog.py" line="105"/>
        <source>Which families meet the Supporting Families outcome rules (a lead practitioner, an assessment, a plan, and each need&apos;s positive outcome held for 6 months), as a CSV in the same folder</source>
        <translation>Pa deuluoedd sy&apos;n bodloni rheolau canlyniadau Cefnogi Teuluoedd (ymarferydd arweiniol, asesiad, cynllun, a chanlyniad cadarnhaol pob angen wedi dal am 6 mis), fel CSV yn yr un ffolder</translation>
    </message>
    <message>
        <location filename="../gui/costs/returns_dialog.py" line="147"/>
        <source>Families selected in the list (none selected)</source>
        <translation>Teuluoedd a ddewiswyd yn y rhestr (dim wedi&apos;u dewis)</translation>
    </message>
    <message>
        <location filename="../gui/costs/returns_dialog.py" line="151"/>
        <source>Close this, select families in the list, and open it again.</source>
        <translation>Caewch hwn, dewiswch deuluoedd yn y rhestr, a&apos;i agor eto.</translation>
    </message>
    <message>
        <location filename="../gui/costs/returns_dialog.py" line="178"/>
        <source>CS&amp;V</source>
        <translation>C&amp;SV</translation>
    </message>
    <message>
        <location filename="../gui/costs/returns_dialog.py" line="179"/>
        <source>One table, for other systems</source>
        <translation>Un tabl, ar gyfer systemau eraill</translation>
    </message>
    <message>
        <location filename="../gui/costs/returns_dialog.py" line="180"/>
        <source>E&amp;xcel (with formulas)</source>
        <translation>E&amp;xcel (gyda fformiwlâu)</translation>
    </message>
    <message>
        <location filename="../gui/costs/returns_dialog.py" line="182"/>
        <source>PDF (with &amp;charts)</source>
        <translation>PD&amp;F (gyda siartiau)</translation>
    </message>
    <message>
        <location filename="../gui/costs/returns_dialog.py" line="183"/>
        <source>With charts, to print</source>
        <translation>Gyda siartiau, i&apos;w argraffu</translation>
    </message>
    <message>
        <location filename="../gui/costs/returns_dialog.py" line="202"/>
        <source>Period &amp;from</source>
        <translation>Cyfnod &amp;o</translation>
    </message>
    <message>
        <location filename="../gui/costs/returns_dialog.py" line="204"/>
        <source>Famil&amp;ies</source>
        <translation>T&amp;euluoedd</translation>
    </message>
    <message>
        <location filename="../gui/costs/returns_dialog.py" line="207"/>
        <source>Files</source>
        <translation>Ffeiliau</translation>
    </message>
    <message>
        <location filename="../gui/costs/returns_dialog.py" line="208"/>
        <source>Save i&amp;n folder</source>
        <translation>Cadw yn y ffolde&amp;r</translation>
    </message>
    <message>
        <location filename="../gui/costs/returns_dialog.py" line="258"/>
        <source>All amounts will be in {year} prices. The files leave the encrypted vault: they name families by FamilyCase reference only (no names), but are still OFFICIAL-SENSITIVE. Keep them with the organisation&apos;s records and share them only with those who need them. Each file saved is recorded in the audit log.</source>
        <translation>Bydd pob swm ym mhrisiau {year}. Mae&apos;r ffeiliau&apos;n gadael y gladdgell wedi&apos;i hamgryptio: maen nhw&apos;n enwi teuluoedd yn ôl cyfeirnod FamilyCase yn unig (dim enwau), ond maen nhw&apos;n dal yn SWYDDOGOL-SENSITIF. Cadwch nhw gyda chofnodion y sefydliad a&apos;u rhannu dim ond gyda&apos;r rhai sydd eu hangen. Mae pob ffeil a gedwir yn cael ei chofnodi yn y log archwilio.</translation>
    </message>
    <message>
        <location filename="../gui/costs/returns_dialog.py" line="281"/>
        <source>Give the period as dates, such as 01/04/2025.</source>
        <translation>Rhowch y cyfnod fel dyddiadau, fel 01/04/2025.</translation>
    </message>
    <message>
        <location filename="../gui/costs/returns_dialog.py" line="283"/>
        <source>The period must end on or after the day it starts.</source>
        <translation>Rhaid i&apos;r cyfnod ddod i ben ar y diwrnod y mae&apos;n dechrau neu wedyn.</translation>
    </message>
    <message>
        <location filename="../gui/costs/returns_dialog.py" line="296"/>
        <source>Prices of year must be a financial year, such as 2025-26.</source>
        <translation>Rhaid i brisiau&apos;r flwyddyn fod yn flwyddyn ariannol, fel 2025-26.</translation>
    </message>
    <message>
        <location filename="../gui/costs/returns_dialog.py" line="312"/>
        <source>Choose the folder to save in.</source>
        <translation>Dewiswch y ffolder i gadw ynddi.</translation>
    </message>
    <message>
        <location filename="../gui/costs/returns_dialog.py" line="324"/>
        <source>Tick at least one format.</source>
        <translation>Ticiwch o leiaf un fformat.</translation>
    </message>
    <message>
        <location filename="../gui/costs/returns_dialog.py" line="364"/>
        <source>
{n} could not be opened and are listed as left out.</source>
        <translation>
Methwyd agor {n} ac maen nhw wedi&apos;u rhestru fel rhai a adawyd allan.</translation>
    </message>
    <message>
        <location filename="../gui/costs/returns_dialog.py" line="371"/>
        <source>Cost-saving return saved</source>
        <translation>Ffurflen arbedion cost wedi&apos;i chadw</translation>
    </message>
    <message>
        <location filename="../gui/costs/returns_dialog.py" line="373"/>
        <source>Saved (not encrypted):
{files}

{counted} counted, in {year} prices.{skipped}

These files have left the encrypted vault: share them only with those who need them.</source>
        <translation>Wedi&apos;u cadw (heb eu hamgryptio):
{files}

{counted} wedi&apos;u cyfrif, ym mhrisiau {year}.{skipped}

Mae&apos;r ffeiliau hyn wedi gadael y gladdgell wedi&apos;i hamgryptio: rhannwch nhw dim ond gyda&apos;r rhai sydd eu hangen.</translation>
    </message>
    <message>
        <location filename="../gui/costs/returns_dialog.py" line="390"/>
        <source>Claims check saved</source>
        <translation>Gwiriad hawliadau wedi&apos;i gadw</translation>
    </message>
    <message>
        <location filename="../gui/costs/returns_dialog.py" line="392"/>
        <source>Saved (not encrypted):
{file}

One row per family, by reference only. It has left the encrypted vault: share it only with those who need it.</source>
        <translation>Wedi&apos;i gadw (heb ei amgryptio):
{file}

Un rhes i bob teulu, yn ôl cyfeirnod yn unig. Mae wedi gadael y gladdgell wedi&apos;i hamgryptio: rhannwch hi dim ond gyda&apos;r rhai sydd ei hangen.</translation>
    </message>
    <message>
        <location filename="../gui/costs/returns_dialog.py" line="401"/>
        <source>Folder for the return</source>
        <translation>Ffolder ar gyfer y ffurflen</translation>
    </message>
    <message>
        <location filename="../gui/costs/returns_dialog.py" line="411"/>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <location filename="../gui/costs/returns_dialog.py" line="414"/>
        <source>Stopped: nothing was produced and no file was saved.</source>
        <translation>Wedi stopio: chafodd dim ei gynhyrchu a chafodd dim ffeil ei chadw.</translation>
    </message>
</context>
<context>
    <name>ReturnsRow</name>
    <message>
        <location filename="../gui/costs/figures.py" line="217"/>
        <source>The three returns</source>
        <translation>Y tair ffurflen enillion</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../gui/family_file/plan/review_dialog.py" line="113"/>
        <source>Record a review</source>
        <translation>Cofnodi adolygiad</translation>
    </message>
    <message>
        <location filename="../gui/family_file/plan/review_dialog.py" line="121"/>
        <source>A review with {family}, or a Team Around the Family meeting. Progress on the actions updates the plan (as a new version).</source>
        <translation>Adolygiad gyda {family}, neu gyfarfod Tîm o Amgylch y Teulu. Mae cynnydd ar y camau gweithredu&apos;n diweddaru&apos;r cynllun (fel fersiwn newydd).</translation>
    </message>
    <message>
        <location filename="../gui/family_file/plan/review_dialog.py" line="126"/>
        <source>&amp;Date held</source>
        <translation>&amp;Dyddiad y cyfarfod</translation>
    </message>
    <message>
        <location filename="../gui/family_file/plan/review_dialog.py" line="129"/>
        <source>&amp;Kind of meeting</source>
        <translation>&amp;Math o gyfarfod</translation>
    </message>
    <message>
        <location filename="../gui/family_file/plan/review_dialog.py" line="133"/>
        <source>Who came</source>
        <translation>Pwy ddaeth</translation>
    </message>
    <message>
        <location filename="../gui/family_file/plan/review_dialog.py" line="139"/>
        <source>Add a &amp;person</source>
        <translation>Ychwanegu &amp;person</translation>
    </message>
    <message>
        <location filename="../gui/family_file/plan/review_dialog.py" line="142"/>
        <source>Lead professional</source>
        <translation>Gweithiwr proffesiynol arweiniol</translation>
    </message>
    <message>
        <location filename="../gui/family_file/plan/review_dialog.py" line="147"/>
        <source>Progress on the actions (plan version {n})</source>
        <translation>Cynnydd ar y camau gweithredu (fersiwn {n} o&apos;r cynllun)</translation>
    </message>
    <message>
        <location filename="../gui/family_file/plan/review_dialog.py" line="152"/>
        <source>Progress (optional)</source>
        <translation>Cynnydd (dewisol)</translation>
    </message>
    <message>
        <location filename="../gui/family_file/plan/review_dialog.py" line="164"/>
        <source>What was decided</source>
        <translation>Beth a benderfynwyd</translation>
    </message>
    <message>
        <location filename="../gui/family_file/plan/review_dialog.py" line="165"/>
        <source>De&amp;cisions</source>
        <translation>Penderf&amp;yniadau</translation>
    </message>
    <message>
        <location filename="../gui/family_file/plan/review_dialog.py" line="167"/>
        <source>What the &amp;family said</source>
        <translation>Beth ddwedodd y &amp;teulu</translation>
    </message>
    <message>
        <location filename="../gui/family_file/plan/review_dialog.py" line="173"/>
        <source>&amp;Next review</source>
        <translation>Adolygiad &amp;nesaf</translation>
    </message>
    <message>
        <location filename="../gui/family_file/plan/review_dialog.py" line="176"/>
        <source>Agreed at the meeting; left blank, the review rhythm sets it.</source>
        <translation>Wedi&apos;i gytuno yn y cyfarfod; os yw&apos;n wag, mae rhythm yr adolygiadau yn ei osod.</translation>
    </message>
    <message>
        <location filename="../gui/family_file/plan/review_dialog.py" line="178"/>
        <source>&amp;Record the review</source>
        <translation>&amp;Cofnodi&apos;r adolygiad</translation>
    </message>
    <message>
        <location filename="../gui/family_file/plan/review_dialog.py" line="191"/>
        <source>The review for {family}</source>
        <translation>Yr adolygiad ar gyfer {family}</translation>
    </message>
</context>
<context>
    <name>RiskDialog</name>
    <message>
        <location filename="../gui/family_file/risks/risk_dialog.py" line="40"/>
        <source>Add a risk or alert</source>
        <translation>Ychwanegu risg neu rybudd</translation>
    </message>
    <message>
        <location filename="../gui/family_file/risks/risk_dialog.py" line="40"/>
        <source>Correct an alert</source>
        <translation>Cywiro rhybudd</translation>
    </message>
    <message>
        <location filename="../gui/family_file/risks/risk_dialog.py" line="48"/>
        <source>Alerts show at the top of the family file and in caseloads. Panel summaries and printed chronologies include them only where the family agreed to share that kind of information with the agency (or a recorded decision allows it).</source>
        <translation>Mae rhybuddion yn ymddangos ar frig ffeil y teulu ac mewn llwythi achosion. Dim ond lle cytunodd y teulu i rannu&apos;r math hwnnw o wybodaeth gyda&apos;r asiantaeth (neu lle mae penderfyniad wedi&apos;i gofnodi yn caniatáu hynny) y mae crynodebau&apos;r panel a chronolegau wedi&apos;u hargraffu yn eu cynnwys.</translation>
    </message>
    <message>
        <location filename="../gui/family_file/risks/risk_dialog.py" line="55"/>
        <source>&amp;Kind of alert</source>
        <translation>&amp;Math o rybudd</translation>
    </message>
    <message>
        <location filename="../gui/family_file/risks/risk_dialog.py" line="59"/>
        <source>&amp;What kind</source>
        <translation>&amp;Pa fath</translation>
    </message>
    <message>
        <location filename="../gui/family_file/risks/risk_dialog.py" line="61"/>
        <source>Type of &amp;information</source>
        <translation>Math o &amp;wybodaeth</translation>
    </message>
    <message>
        <location filename="../gui/family_file/risks/risk_dialog.py" line="64"/>
        <source>What the consent gate decides sharing by.</source>
        <translation>Yr hyn y mae&apos;r porth caniatâd yn penderfynu am rannu yn ei ôl.</translation>
    </message>
    <message>
        <location filename="../gui/family_file/risks/risk_dialog.py" line="67"/>
        <source>&amp;About</source>
        <translation>Am &amp;bwy</translation>
    </message>
    <message>
        <location filename="../gui/family_file/risks/risk_dialog.py" line="70"/>
        <source>Tick nobody for the whole family.</source>
        <translation>Peidiwch â thicio neb ar gyfer y teulu cyfan.</translation>
    </message>
    <message>
        <location filename="../gui/family_file/risks/risk_dialog.py" line="73"/>
        <source>Sin&amp;ce</source>
        <translation>&amp;Ers</translation>
    </message>
    <message>
        <location filename="../gui/family_file/risks/risk_dialog.py" line="77"/>
        <source>Not recorded</source>
        <translation>Heb ei gofnodi</translation>
    </message>
    <message>
        <location filename="../gui/family_file/risks/risk_dialog.py" line="80"/>
        <source>&amp;Told by</source>
        <translation>&amp;Yn ôl</translation>
    </message>
    <message>
        <location filename="../gui/family_file/risks/risk_dialog.py" line="81"/>
        <source>A&amp;gency name</source>
        <translation>Enw&apos;r a&amp;siantaeth</translation>
    </message>
    <message>
        <location filename="../gui/family_file/risks/risk_dialog.py" line="82"/>
        <source>e.g. Demoford Children&apos;s Services</source>
        <translation>e.e. Gwasanaethau Plant Demoford</translation>
    </message>
    <message>
        <location filename="../gui/family_file/risks/risk_dialog.py" line="83"/>
        <source>&amp;Note</source>
        <translation>&amp;Nodyn</translation>
    </message>
    <message>
        <location filename="../gui/family_file/risks/risk_dialog.py" line="86"/>
        <source>e.g. the category of the plan, the date of the next conference or MARAC.</source>
        <translation>e.e. categori&apos;r cynllun, dyddiad y gynhadledd nesaf neu&apos;r MARAC.</translation>
    </message>
    <message>
        <location filename="../gui/family_file/risks/risk_dialog.py" line="97"/>
        <source>&amp;Save the alert</source>
        <translation>&amp;Cadw&apos;r rhybudd</translation>
    </message>
</context>
<context>
    <name>RisksTab</name>
    <message>
        <location filename="../gui/family_file/risks/tab.py" line="30"/>
        <source>Alert</source>
        <translation>Rhybudd</translation>
    </message>
    <message>
        <location filename="../gui/family_file/risks/tab.py" line="31"/>
        <source>About</source>
        <translation>Am</translation>
    </message>
    <message>
        <location filename="../gui/family_file/risks/tab.py" line="32"/>
        <source>Since</source>
        <translation>Ers</translation>
    </message>
    <message>
        <location filename="../gui/family_file/risks/tab.py" line="33"/>
        <source>Ended</source>
        <translation>Daeth i ben</translation>
    </message>
    <message>
        <location filename="../gui/family_file/risks/tab.py" line="34"/>
        <source>Told by</source>
        <translation>Yn ôl</translation>
    </message>
    <message>
        <location filename="../gui/family_file/risks/tab.py" line="35"/>
        <source>Note</source>
        <translation>Nodyn</translation>
    </message>
    <message>
        <location filename="../gui/family_file/risks/tab.py" line="38"/>
        <location filename="../gui/family_file/risks/tab.py" line="54"/>
        <source>Risk and alert flags</source>
        <translation>Baneri risg a rhybudd</translation>
    </message>
    <message>
        <location filename="../gui/family_file/risks/tab.py" line="42"/>
        <source>&amp;Add an alert…</source>
        <translation>&amp;Ychwanegu rhybudd…</translation>
    </message>
    <message>
        <location filename="../gui/family_file/risks/tab.py" line="43"/>
        <source>&amp;Correct the alert…</source>
        <translation>&amp;Cywiro&apos;r rhybudd…</translation>
    </message>
    <message>
        <location filename="../gui/family_file/risks/tab.py" line="44"/>
        <source>&amp;End the alert…</source>
        <translation>&amp;Dod â&apos;r rhybudd i ben…</translation>
    </message>
    <message>
        <location filename="../gui/family_file/risks/tab.py" line="47"/>
        <source>The selected alert</source>
        <translation>Y rhybudd a ddewiswyd</translation>
    </message>
    <message>
        <location filename="../gui/family_file/risks/tab.py" line="58"/>
        <source>Statutory plans (child protection, child in need, looked after), domestic abuse and MARAC, going missing, exploitation, caring for someone. Ended alerts stay here and in the chronology.</source>
        <translation>Cynlluniau statudol (amddiffyn plant, plentyn mewn angen, derbyn gofal), cam-drin domestig a MARAC, mynd ar goll, camfanteisio, gofalu am rywun. Mae rhybuddion sydd wedi dod i ben yn aros yma ac yn y cronoleg.</translation>
    </message>
    <message>
        <location filename="../gui/family_file/risks/tab.py" line="76"/>
        <source>{n} current, {ended} ended</source>
        <translation>{n} cyfredol, {ended} wedi dod i ben</translation>
    </message>
    <message>
        <location filename="../gui/family_file/risks/tab.py" line="91"/>
        <source>current</source>
        <translation>cyfredol</translation>
    </message>
    <message>
        <location filename="../gui/family_file/risks/tab.py" line="110"/>
        <source>The whole family</source>
        <translation>Y teulu cyfan</translation>
    </message>
    <message>
        <location filename="../gui/family_file/risks/tab.py" line="119"/>
        <source>No alerts recorded.</source>
        <translation>Dim rhybuddion wedi&apos;u cofnodi.</translation>
    </message>
    <message>
        <location filename="../gui/family_file/risks/tab.py" line="123"/>
        <source>Type of information: {category}</source>
        <translation>Math o wybodaeth: {category}</translation>
    </message>
    <message>
        <location filename="../gui/family_file/risks/tab.py" line="126"/>
        <source>Recorded by {name}</source>
        <translation>Cofnodwyd gan {name}</translation>
    </message>
    <message>
        <location filename="../gui/family_file/risks/tab.py" line="128"/>
        <source>Ended on {date}: {reason}</source>
        <translation>Daeth i ben ar {date}: {reason}</translation>
    </message>
</context>
<context>
    <name>ServiceReportDialog</name>
    <message>
        <location filename="../gui/reporting/service_dialog.py" line="39"/>
        <source>Service report</source>
        <translation>Adroddiad y gwasanaeth</translation>
    </message>
    <message>
        <location filename="../gui/reporting/service_dialog.py" line="50"/>
        <source>&amp;From</source>
        <translation>&amp;O ddyddiad</translation>
    </message>
    <message>
        <location filename="../gui/reporting/service_dialog.py" line="51"/>
        <source>&amp;To</source>
        <translation>&amp;Hyd at</translation>
    </message>
    <message>
        <location filename="../gui/reporting/service_dialog.py" line="52"/>
        <source>&amp;Show the report</source>
        <translation>&amp;Dangos yr adroddiad</translation>
    </message>
    <message>
        <location filename="../gui/reporting/service_dialog.py" line="59"/>
        <source>Measure</source>
        <translation>Mesur</translation>
    </message>
    <message>
        <location filename="../gui/reporting/service_dialog.py" line="59"/>
        <source>Value</source>
        <translation>Gwerth</translation>
    </message>
    <message>
        <location filename="../gui/reporting/service_dialog.py" line="62"/>
        <source>The report&apos;s figures</source>
        <translation>Ffigurau&apos;r adroddiad</translation>
    </message>
    <message>
        <location filename="../gui/reporting/service_dialog.py" line="63"/>
        <source>Referrals by source</source>
        <translation>Atgyfeiriadau yn ôl ffynhonnell</translation>
    </message>
    <message>
        <location filename="../gui/reporting/service_dialog.py" line="64"/>
        <source>Open families at each month end</source>
        <translation>Teuluoedd agored ar ddiwedd pob mis</translation>
    </message>
    <message>
        <location filename="../gui/reporting/service_dialog.py" line="65"/>
        <source>Mean change in score, by outcome area</source>
        <translation>Newid cymedrig yn y sgôr, fesul maes canlyniad</translation>
    </message>
    <message>
        <location filename="../gui/reporting/service_dialog.py" line="73"/>
        <source>Save as &amp;XLSX…</source>
        <translation>Cadw fel &amp;XLSX…</translation>
    </message>
    <message>
        <location filename="../gui/reporting/service_dialog.py" line="74"/>
        <source>Save as &amp;PDF…</source>
        <translation>Cadw fel &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../gui/reporting/service_dialog.py" line="103"/>
        <source>Working out the report…</source>
        <translation>Wrthi&apos;n cyfrifo&apos;r adroddiad…</translation>
    </message>
    <message>
        <location filename="../gui/reporting/service_dialog.py" line="136"/>
        <source>Save the service report</source>
        <translation>Cadw adroddiad y gwasanaeth</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../gui/admin/settings_dialog.py" line="30"/>
        <location filename="../gui/admin/settings_dialog.py" line="101"/>
        <source>Organisation settings</source>
        <translation>Gosodiadau&apos;r sefydliad</translation>
    </message>
    <message>
        <location filename="../gui/admin/settings_dialog.py" line="35"/>
        <source>These apply to everyone in the organisation. Saving signs them into the staff list with your key: they cannot be changed by editing the database.</source>
        <translation>Mae&apos;r rhain yn berthnasol i bawb yn y sefydliad. Mae cadw yn eu llofnodi yn y rhestr staff gyda&apos;ch allwedd: does dim modd eu newid drwy olygu&apos;r gronfa ddata.</translation>
    </message>
    <message>
        <location filename="../gui/admin/settings_dialog.py" line="40"/>
        <source>Decisions that need a team leader</source>
        <translation>Penderfyniadau sydd angen arweinydd tîm</translation>
    </message>
    <message>
        <location filename="../gui/admin/settings_dialog.py" line="43"/>
        <source>Step &amp;up</source>
        <translation>Camu i &amp;fyny</translation>
    </message>
    <message>
        <location filename="../gui/admin/settings_dialog.py" line="44"/>
        <source>Step &amp;down</source>
        <translation>Camu i &amp;lawr</translation>
    </message>
    <message>
        <location filename="../gui/admin/settings_dialog.py" line="45"/>
        <source>&amp;Closure</source>
        <translation>&amp;Cau</translation>
    </message>
    <message>
        <location filename="../gui/admin/settings_dialog.py" line="46"/>
        <source>Assessment si&amp;gn-off</source>
        <translation>Cymeradwyo &amp;asesiad</translation>
    </message>
    <message>
        <location filename="../gui/admin/settings_dialog.py" line="52"/>
        <source>Forms and follow-up</source>
        <translation>Ffurflenni a gwaith dilynol</translation>
    </message>
    <message>
        <location filename="../gui/admin/settings_dialog.py" line="54"/>
        <source>&amp;Jurisdiction</source>
        <translation>A&amp;wdurdodaeth</translation>
    </message>
    <message>
        <location filename="../gui/admin/settings_dialog.py" line="57"/>
        <source>Chooses the forms offered (the carers&apos; forms differ by nation)</source>
        <translation>Mae&apos;n dewis y ffurflenni a gynigir (mae ffurflenni gofalwyr yn wahanol ym mhob gwlad)</translation>
    </message>
    <message>
        <location filename="../gui/admin/settings_dialog.py" line="60"/>
        <source>&amp;Follow-up after closure (months)</source>
        <translation>Gwaith &amp;dilynol ar ôl cau (misoedd)</translation>
    </message>
    <message>
        <location filename="../gui/admin/settings_dialog.py" line="64"/>
        <source>Caseloads and allocation</source>
        <translation>Llwythi achosion a dyrannu</translation>
    </message>
    <message>
        <location filename="../gui/admin/settings_dialog.py" line="70"/>
        <source>Caseload &amp;weight cap</source>
        <translation>Uchafswm &amp;pwysau&apos;r llwyth achosion</translation>
    </message>
    <message>
        <location filename="../gui/admin/settings_dialog.py" line="78"/>
        <source>Weight of a tier &amp;{n} family</source>
        <translation>Pwysau teulu haen &amp;{n}</translation>
    </message>
    <message>
        <location filename="../gui/admin/settings_dialog.py" line="80"/>
        <source>In-tray</source>
        <translation>Hambwrdd mewn</translation>
    </message>
    <message>
        <location filename="../gui/admin/settings_dialog.py" line="82"/>
        <source>U&amp;nallocated for more than (days)</source>
        <translation>&amp;Heb ei ddyrannu am fwy na (diwrnodau)</translation>
    </message>
    <message>
        <location filename="../gui/admin/settings_dialog.py" line="87"/>
        <source>Show what is due within (da&amp;ys)</source>
        <translation>Dan&amp;gos beth sydd i fod o fewn (diwrnodau)</translation>
    </message>
    <message>
        <location filename="../gui/admin/settings_dialog.py" line="92"/>
        <source>Checked out for more than (days, &amp;laptops)</source>
        <translation>Allan am fwy na (diwrnodau, gli&amp;niaduron)</translation>
    </message>
    <message>
        <location filename="../gui/admin/settings_dialog.py" line="96"/>
        <source>&amp;Sign and save</source>
        <translation>Ll&amp;ofnodi a chadw</translation>
    </message>
</context>
<context>
    <name>SharingActions</name>
    <message>
        <location filename="../gui/sharing/actions.py" line="36"/>
        <source>Print panel summaries</source>
        <translation>Argraffu crynodebau i&apos;r panel</translation>
    </message>
    <message>
        <location filename="../gui/sharing/actions.py" line="37"/>
        <source>Choose one or more families in the list first (Ctrl+click for more).</source>
        <translation>Dewiswch un neu ragor o deuluoedd yn y rhestr yn gyntaf (Ctrl+clic am ragor).</translation>
    </message>
    <message>
        <location filename="../gui/sharing/actions.py" line="62"/>
        <source>Folder to put the summary bundle in</source>
        <translation>Ffolder i roi&apos;r bwndel crynodebau ynddi</translation>
    </message>
    <message>
        <location filename="../gui/sharing/actions.py" line="71"/>
        <source>Could not export the summaries</source>
        <translation>Methu allforio&apos;r crynodebau</translation>
    </message>
    <message>
        <location filename="../gui/sharing/actions.py" line="77"/>
        <source>Summaries exported</source>
        <translation>Crynodebau wedi&apos;u hallforio</translation>
    </message>
    <message>
        <location filename="../gui/sharing/actions.py" line="79"/>
        <source>Saved {file}.

It is encrypted for your team leader and manager and signed by you: only they can open it. Copy it to the team&apos;s shared folder.</source>
        <translation>Wedi cadw {file}.

Mae wedi&apos;i amgryptio ar gyfer arweinydd eich tîm a&apos;ch rheolwr ac wedi&apos;i lofnodi gennych chi: dim ond nhw all ei agor. Copïwch ef i ffolder a rennir y tîm.</translation>
    </message>
    <message>
        <location filename="../gui/sharing/actions.py" line="86"/>
        <source>Choose summary bundles to import</source>
        <translation>Dewis bwndeli crynodebau i&apos;w mewnforio</translation>
    </message>
    <message>
        <location filename="../gui/sharing/actions.py" line="92"/>
        <source>Summary bundles (*{suffix})</source>
        <translation>Bwndeli crynodebau (*{suffix})</translation>
    </message>
    <message>
        <location filename="../gui/sharing/actions.py" line="93"/>
        <source>Any file (*)</source>
        <translation>Unrhyw ffeil (*)</translation>
    </message>
    <message>
        <location filename="../gui/sharing/actions.py" line="113"/>
        <source>Could not import the bundles</source>
        <translation>Methu mewnforio&apos;r bwndeli</translation>
    </message>
    <message>
        <location filename="../gui/sharing/actions.py" line="118"/>
        <source>Imported: {text}</source>
        <translation>Wedi&apos;u mewnforio: {text}</translation>
    </message>
    <message>
        <location filename="../gui/sharing/actions.py" line="118"/>
        <source>Not imported: {text}</source>
        <translation>Heb eu mewnforio: {text}</translation>
    </message>
    <message>
        <location filename="../gui/sharing/actions.py" line="124"/>
        <source>Summary bundles</source>
        <translation>Bwndeli crynodebau</translation>
    </message>
    <message>
        <location filename="../gui/sharing/actions.py" line="124"/>
        <source>No files chosen.</source>
        <translation>Dim ffeiliau wedi&apos;u dewis.</translation>
    </message>
</context>
<context>
    <name>SpendDialog</name>
    <message>
        <location filename="../gui/family_file/costs/spend_dialog.py" line="28"/>
        <source>Add a cost of the work</source>
        <translation>Ychwanegu cost y gwaith</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/spend_dialog.py" line="34"/>
        <source>What the work cost: key worker time (hours and an hourly rate) or money spent (flexible spend, a personal budget, a commissioned service). Give an amount, or the hours and the rate.</source>
        <translation>Beth gostiodd y gwaith: amser gweithiwr allweddol (oriau a chyfradd yr awr) neu arian a wariwyd (gwariant hyblyg, cyllideb bersonol, gwasanaeth a gomisiynwyd). Rhowch swm, neu&apos;r oriau a&apos;r gyfradd.</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/spend_dialog.py" line="41"/>
        <source>&amp;Kind</source>
        <translation>&amp;Math</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/spend_dialog.py" line="43"/>
        <source>&amp;Date</source>
        <translation>&amp;Dyddiad</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/spend_dialog.py" line="45"/>
        <source>&amp;What it paid for</source>
        <translation>Am beth y &amp;talodd</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/spend_dialog.py" line="46"/>
        <source>&amp;Amount (£)</source>
        <translation>&amp;Swm (£)</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/spend_dialog.py" line="47"/>
        <source>&amp;Hours</source>
        <translation>&amp;Oriau</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/spend_dialog.py" line="48"/>
        <source>Hourly &amp;rate (£)</source>
        <translation>Cyfradd yr a&amp;wr (£)</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/spend_dialog.py" line="50"/>
        <source>Spent or &amp;estimated</source>
        <translation>Wedi&apos;&amp;i wario neu amcangyfrif</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/spend_dialog.py" line="54"/>
        <source>Money already spent is counted as it is. A planned or estimated cost is increased for optimism bias in returns (41% by default, HM Treasury&apos;s guidance), because plans tend to cost more than expected.</source>
        <translation>Mae arian sydd eisoes wedi&apos;i wario yn cael ei gyfrif fel y mae. Mae cost sydd wedi&apos;i chynllunio neu ei hamcangyfrif yn cael ei chynyddu ar gyfer tuedd optimistiaeth mewn ffurflenni (41% fel arfer, canllawiau Trysorlys EF), oherwydd mae cynlluniau&apos;n tueddu i gostio mwy na&apos;r disgwyl.</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/spend_dialog.py" line="59"/>
        <source>Agency &amp;paying</source>
        <translation>&amp;Asiantaeth sy&apos;n talu</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/spend_dialog.py" line="60"/>
        <source>S&amp;ource</source>
        <translation>&amp;Ffynhonnell</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/spend_dialog.py" line="66"/>
        <source>Cost of the work: {what}</source>
        <translation>Cost y gwaith: {what}</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/spend_dialog.py" line="89"/>
        <location filename="more_messages.py" line="636"/>
        <source>Spent: money already paid</source>
        <translation>Wedi&apos;i wario: arian sydd eisoes wedi&apos;i dalu</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/spend_dialog.py" line="90"/>
        <location filename="more_messages.py" line="638"/>
        <source>Estimated: planned or budgeted, not yet spent</source>
        <translation>Amcangyfrif: wedi&apos;i gynllunio neu ei gyllidebu, heb ei wario eto</translation>
    </message>
</context>
<context>
    <name>StartAssessmentDialog</name>
    <message>
        <location filename="../gui/family_file/assessments/start_dialog.py" line="32"/>
        <source>Start a new assessment</source>
        <translation>Dechrau asesiad newydd</translation>
    </message>
    <message>
        <location filename="../gui/family_file/assessments/start_dialog.py" line="39"/>
        <source>Choose the form. A family form is about everyone who lives in the household; a form about one person needs that person.</source>
        <translation>Dewiswch y ffurflen. Mae ffurflen deulu am bawb sy&apos;n byw yn yr aelwyd; mae ffurflen am un person angen y person hwnnw.</translation>
    </message>
    <message>
        <location filename="../gui/family_file/assessments/start_dialog.py" line="47"/>
        <source>&amp;Form</source>
        <translation>&amp;Ffurflen</translation>
    </message>
    <message>
        <location filename="../gui/family_file/assessments/start_dialog.py" line="53"/>
        <source>&amp;About</source>
        <translation>Am &amp;bwy</translation>
    </message>
    <message>
        <location filename="../gui/family_file/assessments/start_dialog.py" line="56"/>
        <source>&amp;Date of the assessment</source>
        <translation>&amp;Dyddiad yr asesiad</translation>
    </message>
    <message>
        <location filename="../gui/family_file/assessments/start_dialog.py" line="60"/>
        <source>Some of your service&apos;s own forms could not be loaded:
{errors}</source>
        <translation>Methu llwytho rhai o ffurflenni eich gwasanaeth eich hun:
{errors}</translation>
    </message>
    <message>
        <location filename="../gui/family_file/assessments/start_dialog.py" line="69"/>
        <source>&amp;Start</source>
        <translation>D&amp;echrau</translation>
    </message>
    <message>
        <location filename="../gui/family_file/assessments/start_dialog.py" line="83"/>
        <source>Everyone who lives in the household</source>
        <translation>Pawb sy&apos;n byw yn yr aelwyd</translation>
    </message>
    <message>
        <location filename="../gui/family_file/assessments/start_dialog.py" line="97"/>
        <source>Starting an assessment</source>
        <translation>Dechrau asesiad</translation>
    </message>
</context>
<context>
    <name>SupervisionDialog</name>
    <message>
        <location filename="../gui/team/supervision_dialog.py" line="108"/>
        <source>Record supervision</source>
        <translation>Cofnodi goruchwyliaeth</translation>
    </message>
    <message>
        <location filename="../gui/team/supervision_dialog.py" line="113"/>
        <source>Reflective supervision with a worker of your team. What you write about each family is kept in that family&apos;s file (sealed to it); actions go to their owner&apos;s in-tray until they are done.</source>
        <translation>Goruchwyliaeth fyfyriol gyda gweithiwr yn eich tîm. Caiff yr hyn rydych chi&apos;n ei ysgrifennu am bob teulu ei gadw yn ffeil y teulu hwnnw (wedi&apos;i selio iddo); mae camau gweithredu&apos;n mynd i hambwrdd mewn eu perchennog nes eu bod wedi&apos;u gwneud.</translation>
    </message>
    <message>
        <location filename="../gui/team/supervision_dialog.py" line="125"/>
        <source>&amp;Worker</source>
        <translation>&amp;Gweithiwr</translation>
    </message>
    <message>
        <location filename="../gui/team/supervision_dialog.py" line="127"/>
        <source>&amp;Date of supervision</source>
        <translation>&amp;Dyddiad goruchwylio</translation>
    </message>
    <message>
        <location filename="../gui/team/supervision_dialog.py" line="131"/>
        <source>&amp;Next supervision</source>
        <translation>Sesiwn &amp;nesaf</translation>
    </message>
    <message>
        <location filename="../gui/team/supervision_dialog.py" line="135"/>
        <source>Families discussed</source>
        <translation>Teuluoedd a drafodwyd</translation>
    </message>
    <message>
        <location filename="../gui/team/supervision_dialog.py" line="136"/>
        <location filename="../gui/team/supervision_dialog.py" line="160"/>
        <source>Reading the worker&apos;s families…</source>
        <translation>Wrthi&apos;n darllen teuluoedd y gweithiwr…</translation>
    </message>
    <message>
        <location filename="../gui/team/supervision_dialog.py" line="146"/>
        <source>&amp;Record the session</source>
        <translation>&amp;Cofnodi&apos;r sesiwn</translation>
    </message>
    <message>
        <location filename="../gui/team/supervision_dialog.py" line="158"/>
        <source>There is nobody in your team to supervise.</source>
        <translation>Does neb yn eich tîm i&apos;w oruchwylio.</translation>
    </message>
    <message>
        <location filename="../gui/team/supervision_dialog.py" line="178"/>
        <source>Tick each family you talked about.</source>
        <translation>Ticiwch bob teulu y buoch chi&apos;n siarad amdano.</translation>
    </message>
    <message>
        <location filename="../gui/team/supervision_dialog.py" line="180"/>
        <source>This worker leads no open family you can open.</source>
        <translation>Dydy&apos;r gweithiwr hwn ddim yn arwain unrhyw deulu agored y gallwch chi ei agor.</translation>
    </message>
    <message>
        <location filename="../gui/team/supervision_dialog.py" line="185"/>
        <source>Supervision with {name}</source>
        <translation>Goruchwyliaeth gyda {name}</translation>
    </message>
</context>
<context>
    <name>SupervisionList</name>
    <message>
        <location filename="../gui/team/supervision_list.py" line="31"/>
        <location filename="../gui/team/supervision_list.py" line="33"/>
        <source>Supervision</source>
        <translation>Goruchwyliaeth</translation>
    </message>
    <message>
        <location filename="../gui/team/supervision_list.py" line="37"/>
        <source>Reflective supervision, newest first. What was said about a family shows only for families you can open; actions go to their owner&apos;s in-tray.</source>
        <translation>Goruchwyliaeth fyfyriol, y mwyaf diweddar yn gyntaf. Dim ond ar gyfer teuluoedd y gallwch chi eu hagor y mae&apos;r hyn a ddywedwyd am deulu i&apos;w weld; mae camau gweithredu&apos;n mynd i hambwrdd mewn eu perchennog.</translation>
    </message>
    <message>
        <location filename="../gui/team/supervision_list.py" line="45"/>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <location filename="../gui/team/supervision_list.py" line="46"/>
        <source>Worker</source>
        <translation>Gweithiwr</translation>
    </message>
    <message>
        <location filename="../gui/team/supervision_list.py" line="47"/>
        <source>Team leader</source>
        <translation>Arweinydd tîm</translation>
    </message>
    <message>
        <location filename="../gui/team/supervision_list.py" line="48"/>
        <source>Families</source>
        <translation>Teuluoedd</translation>
    </message>
    <message>
        <location filename="../gui/team/supervision_list.py" line="49"/>
        <source>Next</source>
        <translation>Nesaf</translation>
    </message>
    <message>
        <location filename="../gui/team/supervision_list.py" line="52"/>
        <source>Supervision sessions</source>
        <translation>Sesiynau goruchwylio</translation>
    </message>
    <message>
        <location filename="../gui/team/supervision_list.py" line="57"/>
        <source>The selected session</source>
        <translation>Y sesiwn a ddewiswyd</translation>
    </message>
    <message>
        <location filename="../gui/team/supervision_list.py" line="59"/>
        <source>&amp;Record supervision…</source>
        <translation>&amp;Cofnodi goruchwyliaeth…</translation>
    </message>
    <message>
        <location filename="../gui/team/supervision_list.py" line="62"/>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <location filename="../gui/team/supervision_list.py" line="96"/>
        <source>No supervision has been recorded yet.</source>
        <translation>Does dim goruchwyliaeth wedi&apos;i chofnodi eto.</translation>
    </message>
    <message>
        <location filename="../gui/team/supervision_list.py" line="121"/>
        <source>This session&apos;s record was changed outside FamilyCase (it no longer carries its team leader&apos;s signature). Ask an administrator to check.</source>
        <translation>Cafodd cofnod y sesiwn hon ei newid y tu allan i FamilyCase (does dim llofnod ei arweinydd tîm arno mwyach). Gofynnwch i weinyddwr wirio.</translation>
    </message>
    <message>
        <location filename="../gui/team/supervision_list.py" line="134"/>
        <source>done {date}</source>
        <translation>wedi&apos;i wneud {date}</translation>
    </message>
    <message>
        <location filename="../gui/team/supervision_list.py" line="136"/>
        <source>by {date}</source>
        <translation>erbyn {date}</translation>
    </message>
    <message>
        <location filename="../gui/team/supervision_list.py" line="138"/>
        <source>open</source>
        <translation>ar agor</translation>
    </message>
    <message>
        <location filename="../gui/team/supervision_list.py" line="150"/>
        <source>{n} more families were discussed that you cannot open.</source>
        <translation>Cafodd {n} o deuluoedd eraill eu trafod na allwch chi eu hagor.</translation>
    </message>
</context>
<context>
    <name>TakeOfflineDialog</name>
    <message>
        <location filename="../gui/replicas/take_offline_dialog.py" line="46"/>
        <source>Take families offline</source>
        <translation>Mynd â theuluoedd all-lein</translation>
    </message>
    <message>
        <location filename="../gui/replicas/take_offline_dialog.py" line="51"/>
        <source>{count} families: {names}</source>
        <translation>{count} o deuluoedd: {names}</translation>
    </message>
    <message>
        <location filename="../gui/replicas/take_offline_dialog.py" line="58"/>
        <source>The laptop replica&apos;s folder</source>
        <translation>Ffolder y copi ar y gliniadur</translation>
    </message>
    <message>
        <location filename="../gui/replicas/take_offline_dialog.py" line="60"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Pori…</translation>
    </message>
    <message>
        <location filename="../gui/replicas/take_offline_dialog.py" line="69"/>
        <source>A name for this laptop</source>
        <translation>Enw ar gyfer y gliniadur hwn</translation>
    </message>
    <message>
        <location filename="../gui/replicas/take_offline_dialog.py" line="70"/>
        <source>e.g. Kim&apos;s laptop</source>
        <translation>e.e. gliniadur Kim</translation>
    </message>
    <message>
        <location filename="../gui/replicas/take_offline_dialog.py" line="75"/>
        <source>&amp;Folder:</source>
        <translation>&amp;Ffolder:</translation>
    </message>
    <message>
        <location filename="../gui/replicas/take_offline_dialog.py" line="78"/>
        <source>&amp;Laptop&apos;s name:</source>
        <translation>Enw&apos;r &amp;gliniadur:</translation>
    </message>
    <message>
        <location filename="../gui/replicas/take_offline_dialog.py" line="83"/>
        <source>What taking families offline does</source>
        <translation>Beth mae mynd â theuluoedd all-lein yn ei wneud</translation>
    </message>
    <message>
        <location filename="../gui/replicas/take_offline_dialog.py" line="86"/>
        <source>The families&apos; records go to this folder encrypted, as they are on the team store, and the folder itself is encrypted with a key only your password opens. Until you bring them back (File &gt; Bring my families back…, on the laptop) or a team leader recalls them, nobody can change these families on the team store.</source>
        <translation>Mae cofnodion y teuluoedd yn mynd i&apos;r ffolder hwn wedi&apos;u hamgryptio, fel y maen nhw ar storfa&apos;r tîm, ac mae&apos;r ffolder ei hun wedi&apos;i amgryptio ag allwedd na all dim ond eich cyfrinair ei hagor. Nes i chi ddod â nhw&apos;n ôl (Ffeil &gt; Dod â&apos;m teuluoedd yn ôl…, ar y gliniadur) neu nes i arweinydd tîm eu galw&apos;n ôl, all neb newid y teuluoedd hyn ar storfa&apos;r tîm.</translation>
    </message>
    <message>
        <location filename="../gui/replicas/take_offline_dialog.py" line="98"/>
        <source>&amp;Take offline</source>
        <translation>&amp;Mynd â nhw all-lein</translation>
    </message>
    <message>
        <location filename="../gui/replicas/take_offline_dialog.py" line="118"/>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <location filename="../gui/replicas/take_offline_dialog.py" line="118"/>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <location filename="../gui/replicas/take_offline_dialog.py" line="121"/>
        <source>Stopped: nothing was taken offline.</source>
        <translation>Wedi stopio: aeth dim byd all-lein.</translation>
    </message>
    <message>
        <location filename="../gui/replicas/take_offline_dialog.py" line="130"/>
        <source>Folder for the laptop replica</source>
        <translation>Ffolder ar gyfer y copi ar y gliniadur</translation>
    </message>
    <message>
        <location filename="../gui/replicas/take_offline_dialog.py" line="143"/>
        <source>This folder is already the replica of &apos;{device}&apos;: the families are added to it.</source>
        <translation>Mae&apos;r ffolder hwn eisoes yn gopi o &apos;{device}&apos;: caiff y teuluoedd eu hychwanegu ato.</translation>
    </message>
    <message>
        <location filename="../gui/replicas/take_offline_dialog.py" line="149"/>
        <source>A new replica is made in this folder.</source>
        <translation>Caiff copi newydd ei wneud yn y ffolder hwn.</translation>
    </message>
    <message>
        <location filename="../gui/replicas/take_offline_dialog.py" line="154"/>
        <source>Choose a folder for the laptop replica.</source>
        <translation>Dewiswch ffolder ar gyfer y copi ar y gliniadur.</translation>
    </message>
    <message>
        <location filename="../gui/replicas/take_offline_dialog.py" line="158"/>
        <source>Give this laptop a name (e.g. Kim&apos;s laptop).</source>
        <translation>Rhowch enw i&apos;r gliniadur hwn (e.e. gliniadur Kim).</translation>
    </message>
    <message>
        <location filename="../gui/replicas/take_offline_dialog.py" line="178"/>
        <source>Taken offline to &apos;{device}&apos;: {refs}.</source>
        <translation>Wedi mynd all-lein i &apos;{device}&apos;: {refs}.</translation>
    </message>
    <message>
        <location filename="../gui/replicas/take_offline_dialog.py" line="184"/>
        <source>Already on it (kept as they are): {refs}.</source>
        <translation>Arno&apos;n barod (wedi&apos;u cadw fel y maen nhw): {refs}.</translation>
    </message>
    <message>
        <location filename="../gui/replicas/take_offline_dialog.py" line="190"/>
        <source>To work offline, open the folder {folder} in FamilyCase and sign in as usual.</source>
        <translation>I weithio all-lein, agorwch y ffolder {folder} yn FamilyCase a mewngofnodwch fel arfer.</translation>
    </message>
</context>
<context>
    <name>TeamActions</name>
    <message>
        <location filename="../gui/team/actions.py" line="45"/>
        <location filename="../gui/team/actions.py" line="83"/>
        <source>Could not list the workers</source>
        <translation>Doedd dim modd rhestru&apos;r gweithwyr</translation>
    </message>
    <message>
        <location filename="../gui/team/actions.py" line="62"/>
        <source>Could not read supervision</source>
        <translation>Doedd dim modd darllen y cofnodion goruchwylio</translation>
    </message>
    <message>
        <location filename="../gui/team/actions.py" line="103"/>
        <source>Could not look for possible duplicates</source>
        <translation>Methu chwilio am ddyblygion posibl</translation>
    </message>
    <message>
        <location filename="../gui/team/actions.py" line="111"/>
        <source>Possible duplicate people in the team&apos;s families</source>
        <translation>Pobl a allai fod yn ddyblyg yn nheuluoedd y tîm</translation>
    </message>
    <message>
        <location filename="../gui/team/actions.py" line="113"/>
        <source>People recorded in two of the team&apos;s family files with the same NHS number or Unique Pupil Number, or a similar name and the same date of birth. Decide each pair: the same person (the files are linked) or different people. Nothing about this is stored until you decide.</source>
        <translation>Pobl wedi&apos;u cofnodi mewn dwy o ffeiliau teulu&apos;r tîm gyda&apos;r un rhif GIG neu Rif Disgybl Unigryw, neu enw tebyg a&apos;r un dyddiad geni. Penderfynwch am bob pâr: yr un person (mae&apos;r ffeiliau&apos;n cael eu cysylltu) neu bobl wahanol. Does dim byd am hyn yn cael ei gadw nes i chi benderfynu.</translation>
    </message>
</context>
<context>
    <name>TeamView</name>
    <message>
        <location filename="../gui/team/overview.py" line="127"/>
        <source>Worker</source>
        <translation>Gweithiwr</translation>
    </message>
    <message>
        <location filename="../gui/team/overview.py" line="128"/>
        <source>Role</source>
        <translation>Rôl</translation>
    </message>
    <message>
        <location filename="../gui/team/overview.py" line="129"/>
        <source>Families</source>
        <translation>Teuluoedd</translation>
    </message>
    <message>
        <location filename="../gui/team/overview.py" line="130"/>
        <source>Weight</source>
        <translation>Pwysau</translation>
    </message>
    <message>
        <location filename="../gui/team/overview.py" line="131"/>
        <source>By tier (1 · 2 · 3 · 4)</source>
        <translation>Yn ôl haen (1 · 2 · 3 · 4)</translation>
    </message>
    <message>
        <location filename="../gui/team/overview.py" line="132"/>
        <location filename="../gui/team/overview.py" line="144"/>
        <source>Reviews overdue</source>
        <translation>Adolygiadau&apos;n hwyr</translation>
    </message>
    <message>
        <location filename="../gui/team/overview.py" line="133"/>
        <source>No recent contact</source>
        <translation>Dim cyswllt diweddar</translation>
    </message>
    <message>
        <location filename="../gui/team/overview.py" line="136"/>
        <source>Workers&apos; caseloads</source>
        <translation>Llwythi achosion gweithwyr</translation>
    </message>
    <message>
        <location filename="../gui/team/overview.py" line="140"/>
        <source>The worker&apos;s families</source>
        <translation>Teuluoedd y gweithiwr</translation>
    </message>
    <message>
        <location filename="../gui/team/overview.py" line="142"/>
        <source>Waiting for allocation</source>
        <translation>Yn aros i gael ei ddyrannu</translation>
    </message>
    <message>
        <location filename="../gui/team/overview.py" line="147"/>
        <source>No contact for more than {days} days</source>
        <translation>Dim cyswllt ers mwy na {days} diwrnod</translation>
    </message>
    <message>
        <location filename="../gui/team/overview.py" line="151"/>
        <source>Reference</source>
        <translation>Cyfeirnod</translation>
    </message>
    <message>
        <location filename="../gui/team/overview.py" line="152"/>
        <source>Family</source>
        <translation>Teulu</translation>
    </message>
    <message>
        <location filename="../gui/team/overview.py" line="153"/>
        <source>Lead professional</source>
        <translation>Gweithiwr proffesiynol arweiniol</translation>
    </message>
    <message>
        <location filename="../gui/team/overview.py" line="154"/>
        <source>Tier</source>
        <translation>Haen</translation>
    </message>
    <message>
        <location filename="../gui/team/overview.py" line="155"/>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <location filename="../gui/team/overview.py" line="156"/>
        <source>Consent</source>
        <translation>Caniatâd</translation>
    </message>
    <message>
        <location filename="../gui/team/overview.py" line="157"/>
        <source>Next review</source>
        <translation>Adolygiad nesaf</translation>
    </message>
    <message>
        <location filename="../gui/team/overview.py" line="158"/>
        <source>Last contact</source>
        <translation>Cyswllt diwethaf</translation>
    </message>
    <message>
        <location filename="../gui/team/overview.py" line="159"/>
        <source>Where the file is</source>
        <translation>Ble mae&apos;r ffeil</translation>
    </message>
    <message>
        <location filename="../gui/team/overview.py" line="162"/>
        <source>Every team family, with imported summaries</source>
        <translation>Pob teulu yn y tîm, gyda chrynodebau a fewnforiwyd</translation>
    </message>
    <message>
        <location filename="../gui/team/overview.py" line="171"/>
        <source>Every family</source>
        <translation>Pob teulu</translation>
    </message>
    <message>
        <location filename="../gui/team/overview.py" line="174"/>
        <source>&amp;Allocate or change lead professional…</source>
        <translation>&amp;Dyrannu neu newid y gweithiwr proffesiynol arweiniol…</translation>
    </message>
    <message>
        <location filename="../gui/team/overview.py" line="177"/>
        <source>O&amp;pen family file</source>
        <translation>&amp;Agor ffeil y teulu</translation>
    </message>
    <message>
        <location filename="../gui/team/overview.py" line="178"/>
        <source>Refresh</source>
        <translation>Adnewyddu</translation>
    </message>
    <message>
        <location filename="../gui/team/overview.py" line="178"/>
        <source>Refresh (F5)</source>
        <translation>Adnewyddu (F5)</translation>
    </message>
    <message>
        <location filename="../gui/team/overview.py" line="206"/>
        <source>tier {n} = {w}</source>
        <translation>haen {n} = {w}</translation>
    </message>
    <message>
        <location filename="../gui/team/overview.py" line="210"/>
        <source>Caseload weight counts each open family by its tier ({weights}). Choose a worker to see their families.</source>
        <translation>Mae pwysau llwyth achosion yn cyfrif pob teulu sydd ar agor yn ôl ei haen ({weights}). Dewiswch weithiwr i weld eu teuluoedd.</translation>
    </message>
    <message>
        <location filename="../gui/team/overview.py" line="226"/>
        <source>Loading…</source>
        <translation>Wrthi&apos;n llwytho…</translation>
    </message>
    <message>
        <location filename="../gui/team/overview.py" line="248"/>
        <source>{n} open</source>
        <translation>{n} ar agor</translation>
    </message>
    <message>
        <location filename="../gui/team/overview.py" line="249"/>
        <source>{n} waiting for allocation</source>
        <translation>{n} yn aros i gael eu dyrannu</translation>
    </message>
    <message>
        <location filename="../gui/team/overview.py" line="251"/>
        <source>{n} with no contact for more than {days} days</source>
        <translation>{n} heb gyswllt ers mwy na {days} diwrnod</translation>
    </message>
    <message>
        <location filename="../gui/team/overview.py" line="259"/>
        <source>No longer active</source>
        <translation>Ddim yn weithredol mwyach</translation>
    </message>
    <message>
        <location filename="../gui/team/overview.py" line="280"/>
        <source>Waiting for allocation ({n})</source>
        <translation>Yn aros i gael eu dyrannu ({n})</translation>
    </message>
    <message>
        <location filename="../gui/team/overview.py" line="281"/>
        <source>Reviews overdue ({n})</source>
        <translation>Adolygiadau&apos;n hwyr ({n})</translation>
    </message>
    <message>
        <location filename="../gui/team/overview.py" line="282"/>
        <source>No recent contact ({n})</source>
        <translation>Dim cyswllt diweddar ({n})</translation>
    </message>
    <message>
        <location filename="../gui/team/overview.py" line="301"/>
        <source>(no access)</source>
        <translation>(dim mynediad)</translation>
    </message>
    <message>
        <location filename="../gui/team/overview.py" line="302"/>
        <source>Not allocated</source>
        <translation>Heb ei ddyrannu</translation>
    </message>
    <message>
        <location filename="../gui/team/overview.py" line="314"/>
        <source>Every family ({n})</source>
        <translation>Pob teulu ({n})</translation>
    </message>
    <message>
        <location filename="../gui/team/overview.py" line="316"/>
        <source>Every family ({n}, {m} from summaries)</source>
        <translation>Pob teulu ({n}, {m} o grynodebau)</translation>
    </message>
    <message>
        <location filename="../gui/team/overview.py" line="323"/>
        <source>In this vault</source>
        <translation>Yn y gladdgell hon</translation>
    </message>
    <message>
        <location filename="../gui/team/overview.py" line="325"/>
        <source>Summary from {sender}, imported {date}</source>
        <translation>Crynodeb gan {sender}, wedi&apos;i fewnforio {date}</translation>
    </message>
    <message>
        <location filename="../gui/team/overview.py" line="344"/>
        <source>A worker&apos;s families</source>
        <translation>Teuluoedd gweithiwr</translation>
    </message>
    <message>
        <location filename="../gui/team/overview.py" line="350"/>
        <source>{name}&apos;s families ({n})</source>
        <translation>Teuluoedd {name} ({n})</translation>
    </message>
    <message>
        <location filename="../gui/team/overview.py" line="418"/>
        <location filename="more_messages.py" line="940"/>
        <source>Some people: {state}</source>
        <translation>Rhai pobl: {state}</translation>
    </message>
</context>
<context>
    <name>TierDialog</name>
    <message>
        <location filename="../gui/family_file/work/tier_dialog.py" line="35"/>
        <source>Step up or step down</source>
        <translation>Camu i fyny neu gamu i lawr</translation>
    </message>
    <message>
        <location filename="../gui/family_file/work/tier_dialog.py" line="44"/>
        <source>{family} is at tier {tier} now. Stepping up to tier 4 hands the family to children&apos;s social care; stepping down brings them back to early help.</source>
        <translation>Mae {family} ar haen {tier} nawr. Mae camu i fyny i haen 4 yn trosglwyddo&apos;r teulu i wasanaethau cymdeithasol plant; mae camu i lawr yn dod â nhw&apos;n ôl i gymorth cynnar.</translation>
    </message>
    <message>
        <location filename="../gui/family_file/work/tier_dialog.py" line="52"/>
        <source>New &amp;tier</source>
        <translation>&amp;Haen newydd</translation>
    </message>
    <message>
        <location filename="../gui/family_file/work/tier_dialog.py" line="57"/>
        <source>&amp;Date</source>
        <translation>&amp;Dyddiad</translation>
    </message>
    <message>
        <location filename="../gui/family_file/work/tier_dialog.py" line="59"/>
        <source>Rea&amp;son</source>
        <translation>&amp;Rheswm</translation>
    </message>
    <message>
        <location filename="../gui/family_file/work/tier_dialog.py" line="61"/>
        <source>Why the family is moving tier, and who decided.</source>
        <translation>Pam mae&apos;r teulu&apos;n symud haen, a phwy benderfynodd.</translation>
    </message>
    <message>
        <location filename="../gui/family_file/work/tier_dialog.py" line="85"/>
        <source>A team leader approves it: it takes effect when they do.</source>
        <translation>Mae arweinydd tîm yn ei gymeradwyo: mae&apos;n dod i rym pan fyddan nhw&apos;n gwneud hynny.</translation>
    </message>
    <message>
        <location filename="../gui/family_file/work/tier_dialog.py" line="89"/>
        <source>&amp;Ask a team leader</source>
        <translation>&amp;Gofyn i arweinydd tîm</translation>
    </message>
    <message>
        <location filename="../gui/family_file/work/tier_dialog.py" line="91"/>
        <source>&amp;Record the change</source>
        <translation>&amp;Cofnodi&apos;r newid</translation>
    </message>
    <message>
        <location filename="../gui/family_file/work/tier_dialog.py" line="80"/>
        <source>This is a step up.</source>
        <translation>Camu i fyny yw hyn.</translation>
    </message>
    <message>
        <location filename="../gui/family_file/work/tier_dialog.py" line="82"/>
        <source>This is a step down.</source>
        <translation>Camu i lawr yw hyn.</translation>
    </message>
    <message>
        <location filename="../gui/family_file/work/tier_dialog.py" line="95"/>
        <source>Tier change for {family}</source>
        <translation>Newid haen ar gyfer {family}</translation>
    </message>
</context>
<context>
    <name>ToldDialog</name>
    <message>
        <location filename="../gui/family_file/work/referral_dialogs.py" line="95"/>
        <source>Record that the referrer was told</source>
        <translation>Cofnodi bod yr atgyfeiriwr wedi cael gwybod</translation>
    </message>
    <message>
        <location filename="../gui/family_file/work/referral_dialogs.py" line="100"/>
        <source>The day the referrer was told the outcome (by letter, email or phone).</source>
        <translation>Y diwrnod y cafodd yr atgyfeiriwr wybod y canlyniad (drwy lythyr, e-bost neu ffôn).</translation>
    </message>
    <message>
        <location filename="../gui/family_file/work/referral_dialogs.py" line="102"/>
        <source>&amp;Told on</source>
        <translation>Cafodd &amp;wybod ar</translation>
    </message>
    <message>
        <location filename="../gui/family_file/work/referral_dialogs.py" line="105"/>
        <source>&amp;Record</source>
        <translation>&amp;Cofnodi</translation>
    </message>
</context>
<context>
    <name>UnitCostPicker</name>
    <message>
        <location filename="../gui/family_file/costs/unit_cost_picker.py" line="72"/>
        <source>Search: foster, A&amp;E, eviction, police, SS2.0…</source>
        <translation>Chwilio: maethu, adran achosion brys, troi allan, heddlu, SS2.0…</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/unit_cost_picker.py" line="73"/>
        <source>Search the unit costs</source>
        <translation>Chwilio&apos;r costau uned</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/unit_cost_picker.py" line="78"/>
        <source>Matching unit costs</source>
        <translation>Costau uned sy&apos;n cyfateb</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/unit_cost_picker.py" line="130"/>
        <source>No unit cost chosen yet.</source>
        <translation>Dim cost uned wedi&apos;i dewis eto.</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/unit_cost_picker.py" line="134"/>
        <source>Cannot be used: {code} is a suspect value ({reason})</source>
        <translation>Does dim modd ei defnyddio: mae {code} yn werth amheus ({reason})</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/unit_cost_picker.py" line="140"/>
        <source>Chosen: {text}. Source: {citation}</source>
        <translation>Wedi dewis: {text}. Ffynhonnell: {citation}</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="640"/>
        <source>price year not stated</source>
        <translation>blwyddyn y prisiau heb ei nodi</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="642"/>
        <source>local, replaces a suspect GMCA entry</source>
        <translation>lleol, yn lle cofnod GMCA amheus</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="644"/>
        <source>local</source>
        <translation>lleol</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="646"/>
        <source>SUSPECT VALUE, not used: {text}</source>
        <translation>GWERTH AMHEUS, heb ei ddefnyddio: {text}</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="648"/>
        <source>Suspect value: {reason}</source>
        <translation>Gwerth amheus: {reason}</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="650"/>
        <source>{citation}
Replaces the suspect entry {replaced}</source>
        <translation>{citation}
Yn lle&apos;r cofnod amheus {replaced}</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../gui/session/unlock.py" line="76"/>
        <source>Unlock FamilyCase</source>
        <translation>Datgloi FamilyCase</translation>
    </message>
    <message>
        <location filename="../gui/session/unlock.py" line="79"/>
        <source>FamilyCase</source>
        <translation>FamilyCase</translation>
    </message>
    <message>
        <location filename="../gui/session/unlock.py" line="81"/>
        <source>Family case files</source>
        <translation>Ffeiliau achos teuluoedd</translation>
    </message>
    <message>
        <location filename="../gui/session/unlock.py" line="85"/>
        <source>Family files are kept encrypted. Enter your password to open your caseload.</source>
        <translation>Mae ffeiliau teulu&apos;n cael eu cadw wedi&apos;u hamgryptio. Rhowch eich cyfrinair i agor eich llwyth achosion.</translation>
    </message>
    <message>
        <location filename="../gui/session/unlock.py" line="92"/>
        <source>&lt;b&gt;Demo vault&lt;/b&gt;: every family in it is made up.&lt;br&gt;Every demo user&apos;s password is &lt;b&gt;{password}&lt;/b&gt;; try &apos;&lt;b&gt;sam&lt;/b&gt;&apos; (team leader) or &apos;&lt;b&gt;priya&lt;/b&gt;&apos; (key worker).</source>
        <translation>&lt;b&gt;Claddgell enghreifftiol&lt;/b&gt;: mae pob teulu ynddi wedi&apos;i ddyfeisio.&lt;br&gt;Cyfrinair pob defnyddiwr enghreifftiol yw &lt;b&gt;{password}&lt;/b&gt;; rhowch gynnig ar &apos;&lt;b&gt;sam&lt;/b&gt;&apos; (arweinydd tîm) neu &apos;&lt;b&gt;priya&lt;/b&gt;&apos; (gweithiwr allweddol).</translation>
    </message>
    <message>
        <location filename="../gui/session/unlock.py" line="100"/>
        <source>Demo vault</source>
        <translation>Claddgell enghreifftiol</translation>
    </message>
    <message>
        <location filename="../gui/session/unlock.py" line="106"/>
        <source>Notice</source>
        <translation>Hysbysiad</translation>
    </message>
    <message>
        <location filename="../gui/session/unlock.py" line="113"/>
        <source>User name</source>
        <translation>Enw defnyddiwr</translation>
    </message>
    <message>
        <location filename="../gui/session/unlock.py" line="115"/>
        <source>Your user name</source>
        <translation>Eich enw defnyddiwr</translation>
    </message>
    <message>
        <location filename="../gui/session/unlock.py" line="126"/>
        <source>Password</source>
        <translation>Cyfrinair</translation>
    </message>
    <message>
        <location filename="../gui/session/unlock.py" line="127"/>
        <source>Your password</source>
        <translation>Eich cyfrinair</translation>
    </message>
    <message>
        <location filename="../gui/session/unlock.py" line="135"/>
        <source>&amp;User name</source>
        <translation>Enw &amp;defnyddiwr</translation>
    </message>
    <message>
        <location filename="../gui/session/unlock.py" line="137"/>
        <source>&amp;Password</source>
        <translation>&amp;Cyfrinair</translation>
    </message>
    <message>
        <location filename="../gui/session/unlock.py" line="143"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../gui/session/unlock.py" line="149"/>
        <source>Unlocking</source>
        <translation>Datgloi</translation>
    </message>
    <message>
        <location filename="../gui/session/unlock.py" line="151"/>
        <source>Checking your password…</source>
        <translation>Wrthi&apos;n gwirio eich cyfrinair…</translation>
    </message>
    <message>
        <location filename="../gui/session/unlock.py" line="157"/>
        <source>Vault: {place}</source>
        <translation>Claddgell: {place}</translation>
    </message>
    <message>
        <location filename="../gui/session/unlock.py" line="159"/>
        <source>Team server: {place}</source>
        <translation>Gweinydd tîm: {place}</translation>
    </message>
    <message>
        <location filename="../gui/session/unlock.py" line="163"/>
        <source>Which vault is open</source>
        <translation>Pa gladdgell sydd ar agor</translation>
    </message>
    <message>
        <location filename="../gui/session/unlock.py" line="164"/>
        <source>Connect to a &amp;team server…</source>
        <translation>Cysylltu â &amp;gweinydd tîm…</translation>
    </message>
    <message>
        <location filename="../gui/session/unlock.py" line="169"/>
        <location filename="../gui/session/unlock.py" line="173"/>
        <source>Unlock</source>
        <translation>Datgloi</translation>
    </message>
    <message>
        <location filename="../gui/session/unlock.py" line="174"/>
        <source>Quit</source>
        <translation>Gadael</translation>
    </message>
    <message>
        <location filename="../gui/session/unlock.py" line="256"/>
        <source>Enter your user name.</source>
        <translation>Rhowch eich enw defnyddiwr.</translation>
    </message>
    <message>
        <location filename="../gui/session/unlock.py" line="260"/>
        <source>Enter your password.</source>
        <translation>Rhowch eich cyfrinair.</translation>
    </message>
    <message>
        <location filename="../gui/session/unlock.py" line="282"/>
        <source>An older copy of the vault</source>
        <translation>Copi hŷn o&apos;r gladdgell</translation>
    </message>
    <message>
        <location filename="../gui/session/unlock.py" line="284"/>
        <source>This vault is older than the one you last used: {reason}.

If it was restored from a backup on purpose, you can use it; your choice is recorded in the audit log. If you did not expect this, do not go on: tell an administrator, who should check the vault.</source>
        <translation>Mae&apos;r gladdgell hon yn hŷn na&apos;r un a ddefnyddiwyd gennych ddiwethaf: {reason}.

Os cafodd ei hadfer o gopi wrth gefn yn fwriadol, gallwch ei defnyddio; mae eich dewis yn cael ei gofnodi yn y log archwilio. Os nad oeddech yn disgwyl hyn, peidiwch â mynd ymlaen: dywedwch wrth weinyddwr, a ddylai wirio&apos;r gladdgell.</translation>
    </message>
    <message>
        <location filename="../gui/session/unlock.py" line="291"/>
        <source>&amp;Use this older copy</source>
        <translation>&amp;Defnyddio&apos;r copi hŷn hwn</translation>
    </message>
    <message>
        <location filename="../gui/session/unlock.py" line="292"/>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <location filename="../gui/session/unlock.py" line="302"/>
        <source>Not signed in: the vault is an older copy.</source>
        <translation>Heb fewngofnodi: mae&apos;r gladdgell yn gopi hŷn.</translation>
    </message>
    <message>
        <location filename="../gui/session/unlock.py" line="340"/>
        <location filename="../gui/session/unlock.py" line="369"/>
        <source>The user name or password is not right.</source>
        <translation>Dydy&apos;r enw defnyddiwr neu&apos;r cyfrinair ddim yn gywir.</translation>
    </message>
    <message>
        <location filename="../gui/session/unlock.py" line="344"/>
        <source>FamilyCase could not unlock: {problem}</source>
        <translation>Methodd FamilyCase ddatgloi: {problem}</translation>
    </message>
    <message>
        <location filename="../gui/session/unlock.py" line="357"/>
        <source>The user name or password is not right. Try again.</source>
        <translation>Dydy&apos;r enw defnyddiwr neu&apos;r cyfrinair ddim yn gywir. Rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <location filename="../gui/session/unlock.py" line="365"/>
        <source>You can try again in 1 second.</source>
        <translation>Gallwch chi roi cynnig arall arni ymhen 1 eiliad.</translation>
    </message>
    <message>
        <location filename="../gui/session/unlock.py" line="367"/>
        <source>You can try again in {n} seconds.</source>
        <translation>Gallwch chi roi cynnig arall arni ymhen {n} eiliad.</translation>
    </message>
</context>
<context>
    <name>Unsaved</name>
    <message>
        <location filename="more_messages.py" line="178"/>
        <source>&amp;Save</source>
        <translation>&amp;Cadw</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="180"/>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="182"/>
        <source>Not saved</source>
        <translation>Heb ei gadw</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="184"/>
        <source>&amp;Discard changes</source>
        <translation>&amp;Gwaredu&apos;r newidiadau</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="186"/>
        <source>&lt;p&gt;These changes have not been saved:&lt;/p&gt;{items}</source>
        <translation>&lt;p&gt;Dydy&apos;r newidiadau hyn ddim wedi&apos;u cadw:&lt;/p&gt;{items}</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="188"/>
        <source>&lt;p&gt;Nothing was saved, because some of it cannot be saved as it is:&lt;/p&gt;{items}&lt;p&gt;Put these right, or choose Discard.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Chafodd dim ei gadw, oherwydd na ellir cadw rhywfaint ohono fel y mae:&lt;/p&gt;{items}&lt;p&gt;Cywirwch y rhain, neu dewiswch Gwaredu.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="190"/>
        <source>“{what}” could not be saved: {problem}</source>
        <translation>Methu cadw “{what}”: {problem}</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../gui/session/first_run.py" line="64"/>
        <source>Welcome to FamilyCase</source>
        <translation>Croeso i FamilyCase</translation>
    </message>
    <message>
        <location filename="../gui/session/first_run.py" line="67"/>
        <source>FamilyCase keeps your organisation&apos;s family files encrypted. This sets up a new, empty vault and makes you its first administrator.</source>
        <translation>Mae FamilyCase yn cadw ffeiliau teulu eich sefydliad wedi&apos;u hamgryptio. Mae hyn yn creu claddgell newydd, wag, ac yn eich gwneud chi&apos;n weinyddwr cyntaf iddi.</translation>
    </message>
    <message>
        <location filename="../gui/session/first_run.py" line="75"/>
        <source>&amp;Organisation</source>
        <translation>&amp;Sefydliad</translation>
    </message>
    <message>
        <location filename="../gui/session/first_run.py" line="76"/>
        <source>e.g. Anyshire Council</source>
        <translation>e.e. Cyngor Unrhyw Sir</translation>
    </message>
    <message>
        <location filename="../gui/session/first_run.py" line="77"/>
        <source>First &amp;team</source>
        <translation>Tîm &amp;cyntaf</translation>
    </message>
    <message>
        <location filename="../gui/session/first_run.py" line="78"/>
        <source>The vault will be kept in: {folder}</source>
        <translation>Bydd y gladdgell yn cael ei chadw yn: {folder}</translation>
    </message>
    <message>
        <location filename="../gui/session/first_run.py" line="82"/>
        <source>My organisation has a team server: &amp;connect to it instead…</source>
        <translation>Mae gan fy sefydliad weinydd tîm: cysylltu ag ef yn &amp;lle hynny…</translation>
    </message>
    <message>
        <location filename="../gui/session/first_run.py" line="97"/>
        <source>Enter your organisation&apos;s name.</source>
        <translation>Rhowch enw eich sefydliad.</translation>
    </message>
    <message>
        <location filename="../gui/session/first_run.py" line="100"/>
        <source>Enter the name of the first team.</source>
        <translation>Rhowch enw&apos;r tîm cyntaf.</translation>
    </message>
</context>
<context>
    <name>WithdrawDialog</name>
    <message>
        <location filename="../gui/family_file/consent/consent_dialog.py" line="55"/>
        <source>Withdraw consent</source>
        <translation>Tynnu caniatâd yn ôl</translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/consent_dialog.py" line="63"/>
        <source>{name}&apos;s consent given on {date} will stop allowing any sharing from the date below. This cannot be undone: if they agree again, record new consent.</source>
        <translation>Bydd caniatâd {name} a roddwyd ar {date} yn peidio â chaniatáu unrhyw rannu o&apos;r dyddiad isod. Does dim modd dadwneud hyn: os byddan nhw&apos;n cytuno eto, cofnodwch ganiatâd newydd.</translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/consent_dialog.py" line="68"/>
        <source>&amp;Date withdrawn</source>
        <translation>&amp;Dyddiad ei dynnu&apos;n ôl</translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/consent_dialog.py" line="71"/>
        <source>&amp;Reason</source>
        <translation>&amp;Rheswm</translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/consent_dialog.py" line="73"/>
        <source>What the person said, and how (in their words).</source>
        <translation>Beth ddwedodd y person, a sut (yn eu geiriau eu hunain).</translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/consent_dialog.py" line="74"/>
        <source>&amp;Withdraw consent</source>
        <translation>&amp;Tynnu&apos;r caniatâd yn ôl</translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/consent_dialog.py" line="80"/>
        <source>Withdrawal of {name}&apos;s consent</source>
        <translation>Tynnu caniatâd {name} yn ôl</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <location filename="more_messages.py" line="192"/>
        <source>Deadweight: how much of the change would have happened anyway, without the work. 20% means one time in five things would have got better on their own.</source>
        <translation>Pwysau marw: faint o&apos;r newid a fyddai wedi digwydd beth bynnag, heb y gwaith. Mae 20% yn golygu y byddai pethau wedi gwella ar eu pennau eu hunain un waith o bob pump.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="194"/>
        <source>Attribution: how much of the change is down to this work rather than other services or the family&apos;s own efforts. 70% means this work gets 70% of the credit.</source>
        <translation>Priodoli: faint o&apos;r newid sy&apos;n ganlyniad i&apos;r gwaith hwn yn hytrach na gwasanaethau eraill neu ymdrechion y teulu ei hun. Mae 70% yn golygu bod y gwaith hwn yn cael 70% o&apos;r clod.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="196"/>
        <source>Optimism bias: people tend to over-estimate what they prevented, so a share is taken off, more when the evidence is weaker (none for strong, 10% moderate, 25% weak, 40% anecdotal).</source>
        <translation>Tuedd optimistiaeth: mae pobl yn tueddu i orbwysleisio&apos;r hyn a ataliwyd ganddyn nhw, felly mae cyfran yn cael ei thynnu, mwy pan fydd y dystiolaeth yn wannach (dim ar gyfer cryf, 10% cymedrol, 25% gwan, 40% storïol).</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="198"/>
        <source>How likely it was to happen without the work. 40% means it would probably not have happened, but there was a real risk.</source>
        <translation>Pa mor debygol oedd hi o ddigwydd heb y gwaith. Mae 40% yn golygu na fyddai wedi digwydd yn ôl pob tebyg, ond bod risg go iawn.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="200"/>
        <source>Discounting: money saved in later years counts for a little less than money saved now (HM Treasury&apos;s Green Book uses 3.5% a year).</source>
        <translation>Disgowntio: mae arian a arbedir mewn blynyddoedd diweddarach yn cyfrif am ychydig yn llai nag arian a arbedir nawr (mae Llyfr Gwyrdd y Trysorlys yn defnyddio 3.5% y flwyddyn).</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="202"/>
        <source>Not set</source>
        <translation>Heb ei osod</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="204"/>
        <source>1 family</source>
        <translation>1 teulu</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="206"/>
        <source>1 review overdue</source>
        <translation>1 adolygiad yn hwyr</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="208"/>
        <source>None recorded</source>
        <translation>Heb ei gofnodi</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="210"/>
        <source>Yes</source>
        <translation>Ie</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="212"/>
        <source>No</source>
        <translation>Na</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="214"/>
        <source>no costs recorded yet</source>
        <translation>dim costau wedi&apos;u cofnodi eto</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="216"/>
        <source>Awaiting allocation</source>
        <translation>Aros am ddyraniad</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="218"/>
        <source>Open</source>
        <translation>Ar agor</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="220"/>
        <source>Stepped up</source>
        <translation>Wedi camu i fyny</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="222"/>
        <source>Closed</source>
        <translation>Wedi cau</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="224"/>
        <source>Universal</source>
        <translation>Cyffredinol</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="226"/>
        <source>Early help</source>
        <translation>Cymorth cynnar</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="228"/>
        <source>Targeted</source>
        <translation>Wedi&apos;i dargedu</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="230"/>
        <source>Complex</source>
        <translation>Cymhleth</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="232"/>
        <source>Key worker</source>
        <translation>Gweithiwr allweddol</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="234"/>
        <source>Team leader</source>
        <translation>Arweinydd tîm</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="236"/>
        <source>Manager</source>
        <translation>Rheolwr</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="238"/>
        <source>Administrator</source>
        <translation>Gweinyddwr</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="240"/>
        <source>Parent</source>
        <translation>Rhiant</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="242"/>
        <source>Step-parent</source>
        <translation>Llys-riant</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="244"/>
        <source>Carer</source>
        <translation>Gofalwr</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="246"/>
        <source>Grandparent</source>
        <translation>Mam-gu neu dad-cu</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="248"/>
        <source>Child</source>
        <translation>Plentyn</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="250"/>
        <source>Unborn child</source>
        <translation>Plentyn heb ei eni</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="252"/>
        <source>Other adult</source>
        <translation>Oedolyn arall</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="254"/>
        <source>Wider family</source>
        <translation>Teulu ehangach</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="256"/>
        <source>Female</source>
        <translation>Benyw</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="258"/>
        <source>Male</source>
        <translation>Gwryw</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="260"/>
        <source>Non-binary</source>
        <translation>Anneuaidd</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="262"/>
        <source>Other</source>
        <translation>Arall</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="264"/>
        <source>Not known</source>
        <translation>Ddim yn hysbys</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="266"/>
        <source>Prefers not to say</source>
        <translation>Mae&apos;n well ganddyn nhw beidio â dweud</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="268"/>
        <source>is a parent of</source>
        <translation>yn rhiant i</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="270"/>
        <source>is a step-parent of</source>
        <translation>yn llys-riant i</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="272"/>
        <source>is a grandparent of</source>
        <translation>yn fam-gu neu&apos;n dad-cu i</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="274"/>
        <source>is a carer of</source>
        <translation>yn ofalwr i</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="276"/>
        <source>is a brother or sister of</source>
        <translation>yn frawd neu&apos;n chwaer i</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="278"/>
        <source>is a half-brother or half-sister of</source>
        <translation>yn hanner brawd neu&apos;n hanner chwaer i</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="280"/>
        <source>is the partner of</source>
        <translation>yn bartner i</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="282"/>
        <source>is the ex-partner of</source>
        <translation>yn gyn-bartner i</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="284"/>
        <source>is otherwise related to</source>
        <translation>yn perthyn mewn ffordd arall i</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="286"/>
        <source>Current</source>
        <translation>Mewn grym</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="288"/>
        <source>Expiring soon</source>
        <translation>Yn dod i ben cyn hir</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="290"/>
        <source>Expired</source>
        <translation>Wedi dod i ben</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="292"/>
        <source>Withdrawn</source>
        <translation>Wedi&apos;i dynnu&apos;n ôl</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="294"/>
        <source>Not yet valid</source>
        <translation>Ddim yn ddilys eto</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="296"/>
        <source>The person themselves</source>
        <translation>Y person ei hun</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="298"/>
        <source>Someone with parental responsibility</source>
        <translation>Rhywun â chyfrifoldeb rhiant</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="300"/>
        <source>A young person under 16 assessed as competent</source>
        <translation>Person ifanc dan 16 a aseswyd yn gymwys</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="302"/>
        <source>A legal representative</source>
        <translation>Cynrychiolydd cyfreithiol</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="304"/>
        <source>Written (signed form)</source>
        <translation>Ysgrifenedig (ffurflen wedi&apos;i llofnodi)</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="306"/>
        <source>Verbal</source>
        <translation>Ar lafar</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="308"/>
        <source>Electronic</source>
        <translation>Electronig</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="310"/>
        <source>Consent</source>
        <translation>Caniatâd</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="312"/>
        <source>Contract</source>
        <translation>Contract</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="314"/>
        <source>Legal obligation</source>
        <translation>Rhwymedigaeth gyfreithiol</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="316"/>
        <source>Vital interests (to protect someone&apos;s life)</source>
        <translation>Buddiannau hanfodol (i ddiogelu bywyd rhywun)</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="318"/>
        <source>Public task</source>
        <translation>Tasg gyhoeddus</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="320"/>
        <source>Legitimate interests</source>
        <translation>Buddiannau cyfreithlon</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="322"/>
        <source>Shared with consent</source>
        <translation>Wedi&apos;i rannu gyda chaniatâd</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="324"/>
        <source>Shared without consent (recorded decision)</source>
        <translation>Wedi&apos;i rannu heb ganiatâd (penderfyniad wedi&apos;i gofnodi)</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="326"/>
        <source>Withheld</source>
        <translation>Wedi&apos;i ddal yn ôl</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="328"/>
        <source>Step up</source>
        <translation>Camu i fyny</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="330"/>
        <source>Step down</source>
        <translation>Camu i lawr</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="332"/>
        <source>Closure</source>
        <translation>Cau</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="334"/>
        <source>Assessment sign-off</source>
        <translation>Cymeradwyo asesiad</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="336"/>
        <source>Waiting for a team leader</source>
        <translation>Yn aros am arweinydd tîm</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="338"/>
        <source>Approved</source>
        <translation>Wedi&apos;i gymeradwyo</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="340"/>
        <source>Returned</source>
        <translation>Wedi&apos;i ddychwelyd</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="342"/>
        <source>England</source>
        <translation>Lloegr</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="344"/>
        <source>Wales</source>
        <translation>Cymru</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="346"/>
        <source>Scotland</source>
        <translation>Yr Alban</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="348"/>
        <source>Home visit</source>
        <translation>Ymweliad â&apos;r cartref</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="350"/>
        <source>Phone call with the family</source>
        <translation>Galwad ffôn gyda&apos;r teulu</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="352"/>
        <source>Met the family elsewhere</source>
        <translation>Cwrdd â&apos;r teulu yn rhywle arall</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="354"/>
        <source>Checked with an agency that knows the family</source>
        <translation>Gwirio gydag asiantaeth sy&apos;n adnabod y teulu</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="356"/>
        <source>Checked records</source>
        <translation>Gwirio cofnodion</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="358"/>
        <source>Could not reach the family</source>
        <translation>Methu cael gafael ar y teulu</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="360"/>
        <source>{n} families</source>
        <translation>{n} o deuluoedd</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="362"/>
        <source>{n} reviews overdue</source>
        <translation>{n} o adolygiadau&apos;n hwyr</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="364"/>
        <source>Shared</source>
        <translation>Wedi&apos;i rannu</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="366"/>
        <source>Shared, some withheld</source>
        <translation>Wedi&apos;i rannu, rhywfaint wedi&apos;i ddal yn ôl</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="368"/>
        <source>Printed</source>
        <translation>Wedi&apos;i argraffu</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="370"/>
        <source>Exported</source>
        <translation>Wedi&apos;i allforio</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="372"/>
        <source>Panel</source>
        <translation>Panel</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="374"/>
        <source>Summary bundle</source>
        <translation>Bwndel crynodebau</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="376"/>
        <source>Recorded by hand</source>
        <translation>Wedi&apos;i gofnodi â llaw</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="378"/>
        <source>Letter</source>
        <translation>Llythyr</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="380"/>
        <source>Strong: recorded, local and recent</source>
        <translation>Cryf: wedi&apos;i gofnodi, yn lleol ac yn ddiweddar</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="382"/>
        <source>Moderate: a professional judgement backed by records</source>
        <translation>Cymedrol: barn broffesiynol gyda chofnodion i&apos;w chefnogi</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="384"/>
        <source>Weak: a judgement with little to back it</source>
        <translation>Gwan: barn heb fawr ddim i&apos;w chefnogi</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="386"/>
        <source>Anecdotal: what someone said might happen</source>
        <translation>Storïol: beth ddwedodd rhywun a allai ddigwydd</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="388"/>
        <source>Strong</source>
        <translation>Cryf</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="390"/>
        <source>Moderate</source>
        <translation>Cymedrol</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="392"/>
        <source>Weak</source>
        <translation>Gwan</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="394"/>
        <source>Anecdotal</source>
        <translation>Storïol</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="396"/>
        <source>Proposed</source>
        <translation>Arfaethedig</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="398"/>
        <source>Agreed</source>
        <translation>Wedi cytuno</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="400"/>
        <source>Withdrawn (not counted)</source>
        <translation>Wedi&apos;i dynnu&apos;n ôl (heb ei gyfrif)</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="402"/>
        <source>Public money (a service&apos;s budget)</source>
        <translation>Arian cyhoeddus (cyllideb gwasanaeth)</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="404"/>
        <source>The wider economy (earnings, work)</source>
        <translation>Yr economi ehangach (enillion, gwaith)</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="406"/>
        <source>Wellbeing and quality of life</source>
        <translation>Llesiant ac ansawdd bywyd</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="408"/>
        <source>Key worker time</source>
        <translation>Amser gweithiwr allweddol</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="410"/>
        <source>Flexible spend</source>
        <translation>Gwariant hyblyg</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="412"/>
        <source>Personal budget</source>
        <translation>Cyllideb bersonol</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="414"/>
        <source>Commissioned service</source>
        <translation>Gwasanaeth a gomisiynwyd</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1428"/>
        <source>Assessment and planning</source>
        <translation>Asesu a chynllunio</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1430"/>
        <source>Team Around the Family</source>
        <translation>Tîm o Amgylch y Teulu</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1432"/>
        <source>Referral to a service</source>
        <translation>Atgyfeirio at wasanaeth</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1434"/>
        <source>Monitoring and reporting</source>
        <translation>Monitro ac adrodd</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1436"/>
        <source>Telling the referrer the outcome</source>
        <translation>Dweud y canlyniad wrth yr atgyfeiriwr</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1438"/>
        <source>Basic details</source>
        <translation>Manylion sylfaenol</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1440"/>
        <source>Education</source>
        <translation>Addysg</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1442"/>
        <source>Health</source>
        <translation>Iechyd</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1444"/>
        <source>Mental health</source>
        <translation>Iechyd meddwl</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1446"/>
        <source>Social care</source>
        <translation>Gofal cymdeithasol</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1448"/>
        <source>Crime and anti-social behaviour</source>
        <translation>Troseddu ac ymddygiad gwrthgymdeithasol</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1450"/>
        <source>Domestic abuse</source>
        <translation>Cam-drin domestig</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1452"/>
        <source>Substance use</source>
        <translation>Defnyddio sylweddau</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1454"/>
        <source>Housing and money</source>
        <translation>Tai ac arian</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1456"/>
        <source>Assessment and family plan</source>
        <translation>Asesiad a chynllun y teulu</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1458"/>
        <source>Outcomes</source>
        <translation>Canlyniadau</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2108"/>
        <source>Child protection plan</source>
        <translation>Cynllun amddiffyn plentyn</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2112"/>
        <source>Child in need plan</source>
        <translation>Cynllun plentyn mewn angen</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2116"/>
        <source>Looked after child</source>
        <translation>Plentyn sy&apos;n derbyn gofal</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2120"/>
        <source>Domestic abuse / MARAC</source>
        <translation>Cam-drin domestig / MARAC</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2124"/>
        <source>Missing from home</source>
        <translation>Ar goll o&apos;r cartref</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2128"/>
        <source>Risk of exploitation</source>
        <translation>Risg o gamfanteisio</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2132"/>
        <source>Young carer</source>
        <translation>Gofalwr ifanc</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2136"/>
        <source>Other alert</source>
        <translation>Rhybudd arall</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2140"/>
        <source>PDF document</source>
        <translation>Dogfen PDF</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2142"/>
        <source>Word document</source>
        <translation>Dogfen Word</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2144"/>
        <source>Text document</source>
        <translation>Dogfen destun</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2146"/>
        <source>Plain text</source>
        <translation>Testun plaen</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2148"/>
        <source>Spreadsheet</source>
        <translation>Taenlen</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2150"/>
        <source>Spreadsheet (CSV)</source>
        <translation>Taenlen (CSV)</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2152"/>
        <source>Email</source>
        <translation>E-bost</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2154"/>
        <source>Photo or scan</source>
        <translation>Llun neu sgan</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2156"/>
        <source>Picture</source>
        <translation>Llun</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2158"/>
        <source>Photo</source>
        <translation>Ffotograff</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2160"/>
        <source>Scan</source>
        <translation>Sgan</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2162"/>
        <source>Same NHS number</source>
        <translation>Yr un rhif GIG</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2164"/>
        <source>Same Unique Pupil Number</source>
        <translation>Yr un Rhif Disgybl Unigryw</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2166"/>
        <source>Similar name and the same date of birth</source>
        <translation>Enw tebyg a&apos;r un dyddiad geni</translation>
    </message>
</context>
<context>
    <name>WorkTab</name>
    <message>
        <location filename="../gui/family_file/work/tab.py" line="47"/>
        <source>&amp;Reopen as a new episode…</source>
        <translation>A&amp;ilagor fel cyfnod newydd o waith…</translation>
    </message>
    <message>
        <location filename="../gui/family_file/work/tab.py" line="57"/>
        <source>Received</source>
        <translation>Derbyniwyd</translation>
    </message>
    <message>
        <location filename="../gui/family_file/work/tab.py" line="58"/>
        <source>Referred by</source>
        <translation>Wedi&apos;i atgyfeirio gan</translation>
    </message>
    <message>
        <location filename="../gui/family_file/work/tab.py" line="59"/>
        <location filename="../gui/family_file/work/tab.py" line="88"/>
        <location filename="../gui/family_file/work/tab.py" line="103"/>
        <source>Reason</source>
        <translation>Rheswm</translation>
    </message>
    <message>
        <location filename="../gui/family_file/work/tab.py" line="60"/>
        <source>Family agreed to the referral</source>
        <translation>Cytunodd y teulu i&apos;r atgyfeiriad</translation>
    </message>
    <message>
        <location filename="../gui/family_file/work/tab.py" line="61"/>
        <source>Decision</source>
        <translation>Penderfyniad</translation>
    </message>
    <message>
        <location filename="../gui/family_file/work/tab.py" line="62"/>
        <source>Referrer told the outcome</source>
        <translation>Dywedwyd wrth yr atgyfeiriwr beth ddigwyddodd</translation>
    </message>
    <message>
        <location filename="../gui/family_file/work/tab.py" line="74"/>
        <source>Record the &amp;decision…</source>
        <translation>Cofnodi&apos;r &amp;penderfyniad…</translation>
    </message>
    <message>
        <location filename="../gui/family_file/work/tab.py" line="75"/>
        <source>Feedback &amp;letter…</source>
        <translation>&amp;Llythyr adborth…</translation>
    </message>
    <message>
        <location filename="../gui/family_file/work/tab.py" line="76"/>
        <source>Referrer &amp;told…</source>
        <translation>Atgyfeiriwr wedi cael &amp;gwybod…</translation>
    </message>
    <message>
        <location filename="../gui/family_file/work/tab.py" line="83"/>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <location filename="../gui/family_file/work/tab.py" line="84"/>
        <source>Change</source>
        <translation>Newid</translation>
    </message>
    <message>
        <location filename="../gui/family_file/work/tab.py" line="85"/>
        <location filename="../gui/family_file/work/tab.py" line="103"/>
        <source>From</source>
        <translation>O</translation>
    </message>
    <message>
        <location filename="../gui/family_file/work/tab.py" line="86"/>
        <source>To</source>
        <translation>I</translation>
    </message>
    <message>
        <location filename="../gui/family_file/work/tab.py" line="87"/>
        <source>Decided by</source>
        <translation>Penderfynwyd gan</translation>
    </message>
    <message>
        <location filename="../gui/family_file/work/tab.py" line="91"/>
        <source>Tier history</source>
        <translation>Hanes yr haen</translation>
    </message>
    <message>
        <location filename="../gui/family_file/work/tab.py" line="97"/>
        <source>Step &amp;up or down…</source>
        <translation>Camu i &amp;fyny neu i lawr…</translation>
    </message>
    <message>
        <location filename="../gui/family_file/work/tab.py" line="98"/>
        <source>&amp;Close this episode…</source>
        <translation>&amp;Cau&apos;r cyfnod hwn o waith…</translation>
    </message>
    <message>
        <location filename="../gui/family_file/work/tab.py" line="103"/>
        <location filename="../gui/family_file/work/tab.py" line="129"/>
        <source>Lead professional</source>
        <translation>Gweithiwr proffesiynol arweiniol</translation>
    </message>
    <message>
        <location filename="../gui/family_file/work/tab.py" line="103"/>
        <source>Until</source>
        <translation>Tan</translation>
    </message>
    <message>
        <location filename="../gui/family_file/work/tab.py" line="105"/>
        <source>Lead professionals</source>
        <translation>Gweithwyr proffesiynol arweiniol</translation>
    </message>
    <message>
        <location filename="../gui/family_file/work/tab.py" line="107"/>
        <location filename="../gui/family_file/work/tab.py" line="170"/>
        <source>Change lead &amp;professional…</source>
        <translation>Newid y gweithiwr proffesiynol a&amp;rweiniol…</translation>
    </message>
    <message>
        <location filename="../gui/family_file/work/tab.py" line="119"/>
        <source>Referral</source>
        <translation>Atgyfeiriad</translation>
    </message>
    <message>
        <location filename="../gui/family_file/work/tab.py" line="123"/>
        <source>Tier</source>
        <translation>Haen</translation>
    </message>
    <message>
        <location filename="../gui/family_file/work/tab.py" line="160"/>
        <source>Waiting for a team leader: {what}, asked by {who} on {date}. Nothing changes until it is approved (see Oversight).</source>
        <translation>Yn aros am arweinydd tîm: {what}, gofynnwyd gan {who} ar {date}. Does dim yn newid nes iddo gael ei gymeradwyo (gweler Goruchwyliaeth reoli).</translation>
    </message>
    <message>
        <location filename="../gui/family_file/work/tab.py" line="172"/>
        <source>Allocate a lead &amp;professional…</source>
        <translation>Dyrannu gweithiwr proffesiynol a&amp;rweiniol…</translation>
    </message>
    <message>
        <location filename="../gui/family_file/work/tab.py" line="196"/>
        <source>Not yet</source>
        <translation>Ddim eto</translation>
    </message>
    <message>
        <location filename="../gui/family_file/work/tab.py" line="203"/>
        <source>&lt;b&gt;Closed on {date}&lt;/b&gt;: {reason}.&lt;br&gt;Exit plan: {plan}</source>
        <translation>&lt;b&gt;Cau ar {date}&lt;/b&gt;: {reason}.&lt;br&gt;Cynllun gadael: {plan}</translation>
    </message>
    <message>
        <location filename="../gui/family_file/work/tab.py" line="211"/>
        <source>Tier now: {tier}</source>
        <translation>Haen nawr: {tier}</translation>
    </message>
    <message>
        <location filename="../gui/family_file/work/tab.py" line="213"/>
        <source>First tier</source>
        <translation>Haen gyntaf</translation>
    </message>
    <message>
        <location filename="../gui/family_file/work/tab.py" line="214"/>
        <source>Step up</source>
        <translation>Camu i fyny</translation>
    </message>
    <message>
        <location filename="../gui/family_file/work/tab.py" line="215"/>
        <source>Step down</source>
        <translation>Camu i lawr</translation>
    </message>
    <message>
        <location filename="../gui/family_file/work/tab.py" line="227"/>
        <source>{who} (approved by {leader})</source>
        <translation>{who} (cymeradwywyd gan {leader})</translation>
    </message>
    <message>
        <location filename="../gui/family_file/work/tab.py" line="241"/>
        <source>Lead professional now: {name}</source>
        <translation>Gweithiwr proffesiynol arweiniol nawr: {name}</translation>
    </message>
    <message>
        <location filename="../gui/family_file/work/tab.py" line="243"/>
        <source>No lead professional is allocated.</source>
        <translation>Does dim gweithiwr proffesiynol arweiniol wedi&apos;i ddyrannu.</translation>
    </message>
    <message>
        <location filename="../gui/family_file/work/tab.py" line="253"/>
        <source>now</source>
        <translation>nawr</translation>
    </message>
    <message>
        <location filename="../gui/family_file/work/tab.py" line="263"/>
        <source>Earlier episodes of work: {n} (see the Timeline).</source>
        <translation>Cyfnodau cynharach o waith: {n} (gweler y Llinell amser).</translation>
    </message>
</context>
<context>
    <name>WorkersWindow</name>
    <message>
        <location filename="../gui/admin/workers.py" line="180"/>
        <source>Workers – FamilyCase</source>
        <translation>Gweithwyr – FamilyCase</translation>
    </message>
    <message>
        <location filename="../gui/admin/workers.py" line="193"/>
        <source>Everyone who can sign in to FamilyCase on this vault. A disabled worker can no longer sign in; their record stays, so the audit log still names them.</source>
        <translation>Pawb sy&apos;n gallu mewngofnodi i FamilyCase ar y gladdgell hon. Ni all gweithiwr wedi&apos;i analluogi fewngofnodi mwyach; mae eu cofnod yn aros, felly mae&apos;r log archwilio&apos;n dal i&apos;w henwi.</translation>
    </message>
    <message>
        <location filename="../gui/admin/workers.py" line="204"/>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <location filename="../gui/admin/workers.py" line="205"/>
        <source>User name</source>
        <translation>Enw defnyddiwr</translation>
    </message>
    <message>
        <location filename="../gui/admin/workers.py" line="206"/>
        <source>Role</source>
        <translation>Rôl</translation>
    </message>
    <message>
        <location filename="../gui/admin/workers.py" line="207"/>
        <source>Active</source>
        <translation>Yn weithredol</translation>
    </message>
    <message>
        <location filename="../gui/admin/workers.py" line="208"/>
        <source>Fingerprint phrase</source>
        <translation>Ymadrodd olion bysedd</translation>
    </message>
    <message>
        <location filename="../gui/admin/workers.py" line="211"/>
        <location filename="../gui/admin/workers.py" line="227"/>
        <source>Workers</source>
        <translation>Gweithwyr</translation>
    </message>
    <message>
        <location filename="../gui/admin/workers.py" line="214"/>
        <source>&amp;Add a worker…</source>
        <translation>&amp;Ychwanegu gweithiwr…</translation>
    </message>
    <message>
        <location filename="../gui/admin/workers.py" line="217"/>
        <source>&amp;Disable…</source>
        <translation>&amp;Analluogi…</translation>
    </message>
    <message>
        <location filename="../gui/admin/workers.py" line="219"/>
        <source>Stop the chosen worker signing in; their families go back to unallocated</source>
        <translation>Atal y gweithiwr a ddewiswyd rhag mewngofnodi; mae eu teuluoedd yn mynd yn ôl i fod heb eu dyrannu</translation>
    </message>
    <message>
        <location filename="../gui/admin/workers.py" line="221"/>
        <source>&amp;Refresh</source>
        <translation>A&amp;dnewyddu</translation>
    </message>
    <message>
        <location filename="../gui/admin/workers.py" line="267"/>
        <source>Yes</source>
        <translation>Ie</translation>
    </message>
    <message>
        <location filename="../gui/admin/workers.py" line="267"/>
        <source>No (disabled)</source>
        <translation>Na (wedi&apos;i analluogi)</translation>
    </message>
    <message>
        <location filename="../gui/admin/workers.py" line="276"/>
        <source>{active} active, {disabled} disabled</source>
        <translation>{active} yn weithredol, {disabled} wedi&apos;u hanalluogi</translation>
    </message>
    <message>
        <location filename="../gui/admin/workers.py" line="318"/>
        <source>Worker added</source>
        <translation>Gweithiwr wedi&apos;i ychwanegu</translation>
    </message>
    <message>
        <location filename="../gui/admin/workers.py" line="320"/>
        <source>{name} can now sign in. Their fingerprint phrase is in the list. When they first sign in, ask them to read you theirs (File &gt; My fingerprint phrase): the words must be the same.</source>
        <translation>Gall {name} fewngofnodi nawr. Mae ei ymadrodd olion bysedd yn y rhestr. Pan fydd yn mewngofnodi gyntaf, gofynnwch iddo ddarllen ei un ef i chi (Ffeil &gt; Fy ymadrodd olion bysedd): rhaid i&apos;r geiriau fod yr un fath.</translation>
    </message>
    <message>
        <location filename="../gui/admin/workers.py" line="333"/>
        <source>Disable {name}?</source>
        <translation>Analluogi {name}?</translation>
    </message>
    <message>
        <location filename="../gui/admin/workers.py" line="335"/>
        <source>{name} ({username}) will no longer be able to sign in, and loses access to every family file. The families they are lead professional for go back to the unallocated queue, for their team leader to allocate again.</source>
        <translation>Ni fydd {name} ({username}) yn gallu mewngofnodi mwyach, ac mae&apos;n colli mynediad i bob ffeil teulu. Mae&apos;r teuluoedd y mae&apos;n weithiwr proffesiynol arweiniol iddyn nhw&apos;n mynd yn ôl i&apos;r ciw heb eu dyrannu, i arweinydd y tîm eu dyrannu eto.</translation>
    </message>
    <message>
        <location filename="../gui/admin/workers.py" line="341"/>
        <source>&amp;Disable</source>
        <translation>&amp;Analluogi</translation>
    </message>
    <message>
        <location filename="../gui/admin/workers.py" line="342"/>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
</context>
<context>
    <name>WorkingDialog</name>
    <message>
        <location filename="../gui/family_file/costs/working.py" line="318"/>
        <source>How the figures were worked out</source>
        <translation>Sut y cyfrifwyd y ffigurau</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/working.py" line="321"/>
        <source>The working</source>
        <translation>Y gwaith cyfrif</translation>
    </message>
</context>
<context>
    <name>_DirectoryDialog</name>
    <message>
        <location filename="../gui/admin/directory.py" line="43"/>
        <source>Not &amp;now</source>
        <translation>Nid &amp;nawr</translation>
    </message>
</context>
<context>
    <name>age</name>
    <message>
        <location filename="more_messages.py" line="32"/>
        <source>1 day</source>
        <translation>1 diwrnod</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="34"/>
        <source>{n} months</source>
        <translation>{n} mis</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="36"/>
        <source>{n} weeks</source>
        <translation>{n} wythnos</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="38"/>
        <source>{n} days</source>
        <translation>{n} diwrnod</translation>
    </message>
</context>
<context>
    <name>approvals</name>
    <message>
        <location filename="more_messages.py" line="1012"/>
        <source>Step up from tier {a} to tier {b}</source>
        <translation>Camu i fyny o haen {a} i haen {b}</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1014"/>
        <source>Step down from tier {a} to tier {b}</source>
        <translation>Camu i lawr o haen {a} i haen {b}</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1016"/>
        <source>Close the episode ({reason})</source>
        <translation>Cau&apos;r cyfnod o waith ({reason})</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1018"/>
        <source>Only a team leader can approve or return this.</source>
        <translation>Dim ond arweinydd tîm all gymeradwyo neu ddychwelyd hyn.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1020"/>
        <source>Say why the request is being returned.</source>
        <translation>Dywedwch pam mae&apos;r cais yn cael ei ddychwelyd.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1022"/>
        <source>A request for this family is already waiting for a team leader; withdraw it first, or wait for the decision.</source>
        <translation>Mae cais ar gyfer y teulu hwn eisoes yn aros am arweinydd tîm; tynnwch ef yn ôl yn gyntaf, neu arhoswch am y penderfyniad.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1024"/>
        <source>The episode this request is about has closed; return it.</source>
        <translation>Mae&apos;r cyfnod o waith y mae&apos;r cais hwn yn ei gylch wedi cau; dychwelwch ef.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1026"/>
        <source>Only the worker who asked, or a team leader, can withdraw it.</source>
        <translation>Dim ond y gweithiwr a ofynnodd, neu arweinydd tîm, all ei dynnu&apos;n ôl.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1028"/>
        <source>This request is no longer waiting ({status}).</source>
        <translation>Dydy&apos;r cais hwn ddim yn aros mwyach ({status}).</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1030"/>
        <source>The family is already at tier {tier}; return the request.</source>
        <translation>Mae&apos;r teulu eisoes yn haen {tier}; dychwelwch y cais.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1032"/>
        <source>Sign off: {title}</source>
        <translation>Cymeradwyo: {title}</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1354"/>
        <source>In this organisation closing a family needs a team leader&apos;s approval: ask for it, and the family closes once a team leader approves it.</source>
        <translation>Yn y sefydliad hwn mae angen cymeradwyaeth arweinydd tîm i gau teulu: gofynnwch amdani, ac mae&apos;r teulu&apos;n cau pan fydd arweinydd tîm yn ei chymeradwyo.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1356"/>
        <source>In this organisation a {step} needs a team leader&apos;s approval: ask for it, and it takes effect once a team leader approves it.</source>
        <translation>Yn y sefydliad hwn mae angen cymeradwyaeth arweinydd tîm ar gyfer {step}: gofynnwch amdani, ac mae&apos;n dod i rym pan fydd arweinydd tîm yn ei chymeradwyo.</translation>
    </message>
</context>
<context>
    <name>caseload</name>
    <message>
        <location filename="more_messages.py" line="1036"/>
        <source>(damaged record: run verify)</source>
        <translation>(cofnod wedi&apos;i ddifrodi: rhedwch verify)</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1038"/>
        <source>(name not shared)</source>
        <translation>(enw heb ei rannu)</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1034"/>
        <source>(no access)</source>
        <translation>(dim mynediad)</translation>
    </message>
</context>
<context>
    <name>chronology</name>
    <message>
        <location filename="more_messages.py" line="1040"/>
        <source>{name} joined the family file</source>
        <translation>Ymunodd {name} â ffeil y teulu</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1042"/>
        <source>The family&apos;s address changed</source>
        <translation>Newidiodd cyfeiriad y teulu</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1044"/>
        <source>{name} no longer lives in the household</source>
        <translation>Nid yw {name} yn byw ar yr aelwyd mwyach</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1046"/>
        <source>{name} was born</source>
        <translation>Ganwyd {name}</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1048"/>
        <source>{name} moved into the household</source>
        <translation>Symudodd {name} i&apos;r aelwyd</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1050"/>
        <source>{name} was taken off the family file</source>
        <translation>Tynnwyd {name} oddi ar ffeil y teulu</translation>
    </message>
</context>
<context>
    <name>chronology_pdf</name>
    <message>
        <location filename="more_messages.py" line="942"/>
        <source>Chronology {reference}</source>
        <translation>Cronoleg {reference}</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="944"/>
        <source>the start</source>
        <translation>y dechrau</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="946"/>
        <source>today</source>
        <translation>heddiw</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="948"/>
        <source>contacts marked significant</source>
        <translation>cysylltiadau wedi&apos;u marcio&apos;n arwyddocaol</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="950"/>
        <source>For {to}, purpose: {purpose}. Prepared by {who} on {date}. Newest first.</source>
        <translation>Ar gyfer {to}, diben: {purpose}. Wedi&apos;i baratoi gan {who} ar {date}. Y diweddaraf yn gyntaf.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="952"/>
        <source>Only what the family agreed to share with this agency is shown. Withheld events are counted in a WITHHELD notice; ask the lead professional if more is needed.</source>
        <translation>Dim ond yr hyn y cytunodd y teulu i&apos;w rannu gyda&apos;r asiantaeth hon sy&apos;n cael ei ddangos. Mae digwyddiadau a ddaliwyd yn ôl yn cael eu cyfrif mewn hysbysiad WEDI&apos;I DDAL YN ÔL; gofynnwch i&apos;r gweithiwr proffesiynol arweiniol os oes angen mwy.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="954"/>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="956"/>
        <source>What happened</source>
        <translation>Beth ddigwyddodd</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="958"/>
        <source>Detail</source>
        <translation>Manylion</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="960"/>
        <source>Who</source>
        <translation>Pwy</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="962"/>
        <source>events about one person and the whole family</source>
        <translation>digwyddiadau am un person a&apos;r teulu cyfan</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="964"/>
        <source>{n} event(s): the family has not agreed to share them with {agency}.</source>
        <translation>{n} o ddigwyddiadau: nid yw&apos;r teulu wedi cytuno i&apos;w rhannu gyda {agency}.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="966"/>
        <source>No events to show.</source>
        <translation>Dim digwyddiadau i&apos;w dangos.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="968"/>
        <source>only {kinds}</source>
        <translation>dim ond {kinds}</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="970"/>
        <source>events about {person} and the whole family</source>
        <translation>digwyddiadau am {person} a&apos;r teulu cyfan</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="972"/>
        <source>from {since} to {until}</source>
        <translation>o {since} hyd at {until}</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="974"/>
        <source>Showing {scope}.</source>
        <translation>Yn dangos {scope}.</translation>
    </message>
</context>
<context>
    <name>consent</name>
    <message>
        <location filename="more_messages.py" line="14"/>
        <source>None recorded</source>
        <translation>Heb ei gofnodi</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="16"/>
        <source>No consent to share has been recorded for anyone in the family.</source>
        <translation>Does dim caniatâd i rannu wedi&apos;i gofnodi i neb yn y teulu.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="18"/>
        <source>Consent to share is in force for {n} of the {people} people in the family file. Each person&apos;s consent covers only what they agreed to: open the Consent section for the details.</source>
        <translation>Mae caniatâd i rannu mewn grym ar gyfer {n} allan o&apos;r {people} o bobl yn ffeil y teulu. Dim ond yr hyn y cytunodd pob person iddo y mae eu caniatâd yn ei gynnwys: agorwch yr adran Caniatâd i weld y manylion.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="20"/>
        <source>{n} of 1 person</source>
        <translation>{n} o 1 person</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="22"/>
        <source>{n} of {people} people</source>
        <translation>{n} o {people} o bobl</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="28"/>
        <source>{n} expiring soon</source>
        <translation>{n} yn dod i ben cyn hir</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="26"/>
        <source>{n} expired</source>
        <translation>{n} wedi dod i ben</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="24"/>
        <source>{n} withdrawn</source>
        <translation>{n} wedi&apos;i dynnu&apos;n ôl</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="30"/>
        <source>{n} not started yet</source>
        <translation>{n} heb ddechrau eto</translation>
    </message>
</context>
<context>
    <name>crash</name>
    <message>
        <location filename="../gui/common/crash.py" line="40"/>
        <location filename="more_messages.py" line="144"/>
        <source>Something went wrong</source>
        <translation>Aeth rhywbeth o&apos;i le</translation>
    </message>
    <message>
        <location filename="../gui/common/crash.py" line="41"/>
        <location filename="more_messages.py" line="146"/>
        <source>FamilyCase met an unexpected problem. What you had already saved is safe. If it happens again, tell your administrator what you were doing.</source>
        <translation>Daeth FamilyCase ar draws problem annisgwyl. Mae&apos;r hyn roeddech chi wedi&apos;i gadw eisoes yn ddiogel. Os bydd yn digwydd eto, dywedwch wrth eich gweinyddwr beth roeddech chi&apos;n ei wneud.</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <location filename="../gui/replicas/conflicts_dialog.py" line="226"/>
        <source>the laptop&apos;s</source>
        <translation>un y gliniadur</translation>
    </message>
    <message>
        <location filename="../gui/replicas/conflicts_dialog.py" line="227"/>
        <source>the team&apos;s</source>
        <translation>un y tîm</translation>
    </message>
    <message>
        <location filename="../gui/replicas/conflicts_dialog.py" line="228"/>
        <source>both</source>
        <translation>y ddau</translation>
    </message>
</context>
<context>
    <name>genogram</name>
    <message>
        <location filename="more_messages.py" line="40"/>
        <source>Male</source>
        <translation>Gwryw</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="42"/>
        <source>Female</source>
        <translation>Benyw</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="44"/>
        <source>Non-binary or another gender</source>
        <translation>Anneuaidd neu rywedd arall</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="46"/>
        <source>Gender not known</source>
        <translation>Rhywedd heb ei wybod</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="48"/>
        <source>Unborn baby</source>
        <translation>Babi heb ei eni</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="50"/>
        <source>Withheld: not shared with this recipient</source>
        <translation>Wedi&apos;i ddal yn ôl: heb ei rannu â&apos;r derbynnydd hwn</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="52"/>
        <source>Partners</source>
        <translation>Partneriaid</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="54"/>
        <source>Separated</source>
        <translation>Wedi gwahanu</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="56"/>
        <source>Parent and child</source>
        <translation>Rhiant a phlentyn</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="58"/>
        <source>Step-parent and child</source>
        <translation>Llys-riant a phlentyn</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="60"/>
        <source>Carer and child</source>
        <translation>Gofalwr a phlentyn</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="62"/>
        <source>Brothers and sisters</source>
        <translation>Brodyr a chwiorydd</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="64"/>
        <source>Half-brothers and half-sisters</source>
        <translation>Hanner brodyr a hanner chwiorydd</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="66"/>
        <source>Grandparent and grandchild</source>
        <translation>Mam-gu neu dad-cu ac ŵyr neu wyres</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="68"/>
        <source>Another relationship</source>
        <translation>Perthynas arall</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="70"/>
        <source>Has died</source>
        <translation>Wedi marw</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="72"/>
        <source>Lives elsewhere</source>
        <translation>Yn byw yn rhywle arall</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="74"/>
        <source>due {date}</source>
        <translation>disgwyl {date}</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="76"/>
        <source>Withheld</source>
        <translation>Wedi&apos;i ddal yn ôl</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="78"/>
        <source>{age}</source>
        <translation>{age}</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="80"/>
        <source>{born}-{died} (died)</source>
        <translation>{born}-{died} (bu farw)</translation>
    </message>
</context>
<context>
    <name>genogram_pdf</name>
    <message>
        <location filename="more_messages.py" line="976"/>
        <source>Family tree {reference}</source>
        <translation>Coeden deulu {reference}</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="978"/>
        <source>For {to}, purpose: {purpose}. Prepared by {who} on {date}.</source>
        <translation>Ar gyfer {to}, diben: {purpose}. Paratowyd gan {who} ar {date}.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="980"/>
        <source>Drawn from the relationships recorded in the family file. Only the people the family agreed to share with this agency are named; ask the lead professional if more is needed.</source>
        <translation>Wedi&apos;i llunio o&apos;r perthnasoedd a gofnodwyd yn ffeil y teulu. Dim ond y bobl y cytunodd y teulu i&apos;w rhannu â&apos;r asiantaeth hon sy&apos;n cael eu henwi; gofynnwch i&apos;r gweithiwr proffesiynol arweiniol os oes angen mwy.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="982"/>
        <source>{n} person(s) drawn as Withheld: the family has not agreed to share their details with {agency}.</source>
        <translation>{n} o bobl wedi&apos;u llunio fel Wedi&apos;i ddal yn ôl: dydy&apos;r teulu ddim wedi cytuno i rannu eu manylion â {agency}.</translation>
    </message>
</context>
<context>
    <name>inbox</name>
    <message>
        <location filename="more_messages.py" line="1052"/>
        <source>First outcome reading due</source>
        <translation>Darlleniad canlyniadau cyntaf i fod</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1054"/>
        <source>Review due</source>
        <translation>Adolygiad i fod</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1056"/>
        <source>Consent to share has expired</source>
        <translation>Mae&apos;r caniatâd i rannu wedi dod i ben</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1058"/>
        <source>Consent to share expires soon</source>
        <translation>Mae&apos;r caniatâd i rannu&apos;n dod i ben cyn bo hir</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1060"/>
        <source>Follow-up check after closure</source>
        <translation>Gwiriad dilynol ar ôl cau</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1062"/>
        <source>Supervision action</source>
        <translation>Cam gweithredu o oruchwyliaeth</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1064"/>
        <source>The lead professional at closure has left</source>
        <translation>Mae&apos;r gweithiwr proffesiynol arweiniol adeg cau wedi gadael</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1066"/>
        <source>Your next supervision</source>
        <translation>Eich sesiwn goruchwylio nesaf</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1068"/>
        <source>Tell the referrer what was decided</source>
        <translation>Dweud wrth yr atgyfeiriwr beth a benderfynwyd</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1070"/>
        <source>Waiting for your approval: {what}</source>
        <translation>Yn aros i chi ei gymeradwyo: {what}</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1072"/>
        <source>Checked out to a laptop for {days} days</source>
        <translation>Allan ar liniadur ers {days} o ddiwrnodau</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1074"/>
        <source>Asked by {name}</source>
        <translation>Gofynnwyd gan {name}</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1076"/>
        <source>Waiting for allocation for {days} days</source>
        <translation>Yn aros i gael ei ddyrannu ers {days} o ddiwrnodau</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1078"/>
        <source>Returned: {what}</source>
        <translation>Wedi&apos;i ddychwelyd: {what}</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1080"/>
        <source>{name}: {reason}</source>
        <translation>{name}: {reason}</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1082"/>
        <source>Supervision with {name}</source>
        <translation>Goruchwyliaeth gyda {name}</translation>
    </message>
</context>
<context>
    <name>referral_letter</name>
    <message>
        <location filename="more_messages.py" line="1216"/>
        <source>If you have any questions, please contact {name}, {team}, quoting our reference {reference}.</source>
        <translation>Os oes gennych unrhyw gwestiynau, cysylltwch â {name}, {team}, gan nodi ein cyfeirnod {reference}.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1218"/>
        <source>Your referral: what we decided</source>
        <translation>Eich atgyfeiriad: yr hyn a benderfynwyd gennym</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1220"/>
        <source>about a family</source>
        <translation>am deulu</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1222"/>
        <source>Thank you for contacting us {about} on {date}.</source>
        <translation>Diolch am gysylltu â ni {about} ar {date}.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1224"/>
        <source>Thank you for your referral {about}, received on {date}.</source>
        <translation>Diolch am eich atgyfeiriad {about}, a ddaeth i law ar {date}.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1226"/>
        <source>Yours sincerely,</source>
        <translation>Yn gywir,</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1228"/>
        <source>We have considered the referral. The family has not agreed to us sharing what was decided with you, so we cannot tell you the outcome. If you are worried about a child&apos;s safety, contact children&apos;s social care or, in an emergency, the police.</source>
        <translation>Rydyn ni wedi ystyried yr atgyfeiriad. Nid yw&apos;r teulu wedi cytuno i ni rannu&apos;r hyn a benderfynwyd gyda chi, felly allwn ni ddim dweud y canlyniad wrthych. Os ydych yn poeni am ddiogelwch plentyn, cysylltwch â gofal cymdeithasol plant neu, mewn argyfwng, â&apos;r heddlu.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1230"/>
        <source>about the {family}</source>
        <translation>am {family}</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1232"/>
        <source>We considered it on {date} and decided: {decision}.</source>
        <translation>Fe wnaethon ni ei ystyried ar {date} a phenderfynu: {decision}.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1234"/>
        <source>Your referral received on {date} (our reference {reference})</source>
        <translation>Eich atgyfeiriad a ddaeth i law ar {date} (ein cyfeirnod {reference})</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1236"/>
        <source>Dear {name},</source>
        <translation>Annwyl {name},</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1238"/>
        <source>Why: {reason}</source>
        <translation>Pam: {reason}</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1240"/>
        <source>{lead} is the family&apos;s lead professional and may ask you to be part of the Team Around the Family.</source>
        <translation>{lead} yw gweithiwr proffesiynol arweiniol y teulu, a gallai ofyn i chi fod yn rhan o&apos;r Tîm o Amgylch y Teulu.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1242"/>
        <source>colleague</source>
        <translation>gydweithiwr</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2190"/>
        <source>The family will be offered early help: a lead professional will work with them on a family plan, with the agencies that know them.</source>
        <translation>Bydd y teulu&apos;n cael cynnig cymorth cynnar: bydd gweithiwr proffesiynol arweiniol yn gweithio gyda nhw ar gynllun teulu, gyda&apos;r asiantaethau sy&apos;n eu hadnabod.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2192"/>
        <source>The family has been given details of services in the community that can help.</source>
        <translation>Mae&apos;r teulu wedi cael manylion gwasanaethau yn y gymuned a all helpu.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2194"/>
        <source>The referral has been passed to children&apos;s social care, who will decide what happens next and may contact you.</source>
        <translation>Mae&apos;r atgyfeiriad wedi&apos;i drosglwyddo i ofal cymdeithasol plant, a fydd yn penderfynu beth sy&apos;n digwydd nesaf ac a allai gysylltu â chi.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2196"/>
        <source>The early help service will take no further action.</source>
        <translation>Ni fydd y gwasanaeth cymorth cynnar yn gweithredu ymhellach.</translation>
    </message>
</context>
<context>
    <name>supervision</name>
    <message>
        <location filename="more_messages.py" line="1244"/>
        <source>Only a team leader records supervision.</source>
        <translation>Dim ond arweinydd tîm sy&apos;n cofnodi goruchwyliaeth.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1246"/>
        <source>There is no active worker of that name in your team.</source>
        <translation>Does dim gweithiwr gweithredol o&apos;r enw hwnnw yn eich tîm.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1248"/>
        <source>Supervision is with another worker.</source>
        <translation>Mae&apos;r oruchwyliaeth gyda gweithiwr arall.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1250"/>
        <source>Only the action&apos;s owner, or a team leader, can mark it done.</source>
        <translation>Dim ond perchennog y cam gweithredu, neu arweinydd tîm, all nodi ei fod wedi&apos;i wneud.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1252"/>
        <source>This action is already done.</source>
        <translation>Mae&apos;r cam gweithredu hwn eisoes wedi&apos;i wneud.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1254"/>
        <source>You can see only your own supervision.</source>
        <translation>Dim ond eich goruchwyliaeth eich hun y gallwch chi ei gweld.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1256"/>
        <source>Family {reference} is not one of your team&apos;s.</source>
        <translation>Dydy teulu {reference} ddim yn un o deuluoedd eich tîm.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1258"/>
        <source>An action about {reference} must belong to someone who can open that family&apos;s file.</source>
        <translation>Rhaid i gam gweithredu am {reference} berthyn i rywun sy&apos;n gallu agor ffeil y teulu hwnnw.</translation>
    </message>
</context>
<context>
    <name>team</name>
    <message>
        <location filename="more_messages.py" line="1260"/>
        <source>Only team leaders and managers can see the team view.</source>
        <translation>Dim ond arweinwyr tîm a rheolwyr all weld golwg y tîm.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1262"/>
        <source>Say why this worker is being allocated.</source>
        <translation>Dywedwch pam mae&apos;r gweithiwr hwn yn cael ei ddyrannu.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1264"/>
        <source>This family is not open in your team&apos;s caseload.</source>
        <translation>Dydy&apos;r teulu hwn ddim ar agor yn llwyth achosion eich tîm.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1266"/>
        <source>Nobody has room: every worker would go over the cap ({cap}) with this family. Allocate above the cap only with a reason.</source>
        <translation>Does gan neb le: byddai pob gweithiwr yn mynd dros yr uchafswm ({cap}) gyda&apos;r teulu hwn. Dyrannwch dros yr uchafswm dim ond gyda rheswm.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1268"/>
        <source>{reference} is allocated to {name}, who now leads {families} (caseload weight {weight} of a cap of {cap}).</source>
        <translation>Mae {reference} wedi&apos;i ddyrannu i {name}, sydd bellach yn arwain {families} (pwysau&apos;r llwyth achosion {weight} o uchafswm o {cap}).</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1270"/>
        <source>This is over the cap.</source>
        <translation>Mae hyn dros yr uchafswm.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1272"/>
        <source>1 open family</source>
        <translation>1 teulu agored</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1274"/>
        <source>Least loaded with room: weight {now} now, {after} with this family (cap {cap}).</source>
        <translation>Y llwyth ysgafnaf gyda lle: pwysau {now} nawr, {after} gyda&apos;r teulu hwn (uchafswm {cap}).</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1276"/>
        <source>{name} is no longer the lead professional.</source>
        <translation>Nid {name} yw&apos;r gweithiwr proffesiynol arweiniol mwyach.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1278"/>
        <source>{n} open families</source>
        <translation>{n} o deuluoedd agored</translation>
    </message>
</context>
<context>
    <name>timeline</name>
    <message>
        <location filename="more_messages.py" line="1280"/>
        <source>Not set</source>
        <translation>Heb ei osod</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1282"/>
        <source>{h} h {m} min</source>
        <translation>{h} awr {m} mun</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1284"/>
        <source>the whole family</source>
        <translation>y teulu cyfan</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1286"/>
        <source>Family plan agreed</source>
        <translation>Cytunwyd ar gynllun y teulu</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1288"/>
        <source>{m} min</source>
        <translation>{m} mun</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1290"/>
        <source>{h} h</source>
        <translation>{h} awr</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1292"/>
        <source>Referrer told the outcome</source>
        <translation>Dywedwyd wrth yr atgyfeiriwr beth ddigwyddodd</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1294"/>
        <source>Stepped up from tier {old} to {new}</source>
        <translation>Wedi camu i fyny o haen {old} i haen {new}</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1296"/>
        <source>Stepped down from tier {old} to {new}</source>
        <translation>Wedi camu i lawr o haen {old} i haen {new}</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1298"/>
        <source>Exit plan: {plan}</source>
        <translation>Cynllun gadael: {plan}</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1300"/>
        <source>{kind} ({duration})</source>
        <translation>{kind} ({duration})</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1302"/>
        <source>{outcomes} outcome(s), {actions} action(s)</source>
        <translation>{outcomes} o ganlyniadau, {actions} o gamau gweithredu</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1304"/>
        <source>Family plan changed (version {n})</source>
        <translation>Newidiwyd cynllun y teulu (fersiwn {n})</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1306"/>
        <source>Team Around the Family meeting</source>
        <translation>Cyfarfod y Tîm o Amgylch y Teulu</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1308"/>
        <source>Review of the plan</source>
        <translation>Adolygiad o&apos;r cynllun</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1310"/>
        <source>Referral received from {source}</source>
        <translation>Atgyfeiriad wedi dod gan {source}</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1312"/>
        <source>{worker} became lead professional</source>
        <translation>Daeth {worker} yn weithiwr proffesiynol arweiniol</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1314"/>
        <source>child seen alone</source>
        <translation>gwelwyd y plentyn ar ei ben ei hun</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1316"/>
        <source>child seen</source>
        <translation>gwelwyd y plentyn</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1318"/>
        <source>corrected</source>
        <translation>wedi&apos;i gywiro</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1320"/>
        <source>Alert: {kind} ({about})</source>
        <translation>Rhybudd: {kind} ({about})</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1322"/>
        <source>Assessment started: {title}</source>
        <translation>Dechreuwyd asesiad: {title}</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1324"/>
        <source>Consent to share given for {person}</source>
        <translation>Rhoddwyd caniatâd i rannu ar gyfer {person}</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1326"/>
        <source>With: {agencies}</source>
        <translation>Gyda: {agencies}</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1328"/>
        <source>Decision to share about {person} without consent, with {agency}</source>
        <translation>Penderfyniad i rannu am {person} heb ganiatâd, gyda {agency}</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1330"/>
        <source>Referral decision: {decision}</source>
        <translation>Penderfyniad am yr atgyfeiriad: {decision}</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1332"/>
        <source>Tier set to {tier}</source>
        <translation>Haen wedi&apos;i gosod i {tier}</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1334"/>
        <source>Episode closed: {reason}</source>
        <translation>Cyfnod o waith wedi cau: {reason}</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1336"/>
        <source>{worker} stopped being lead professional</source>
        <translation>Peidiodd {worker} â bod yn weithiwr proffesiynol arweiniol</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1338"/>
        <source>Alert ended: {kind} ({about})</source>
        <translation>Daeth rhybudd i ben: {kind} ({about})</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1340"/>
        <source>Assessment completed: {title}</source>
        <translation>Cwblhawyd asesiad: {title}</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1342"/>
        <source>Assessment signed off: {title}</source>
        <translation>Cymeradwywyd asesiad: {title}</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1344"/>
        <source>Consent to share withdrawn for {person}</source>
        <translation>Tynnwyd caniatâd i rannu yn ôl ar gyfer {person}</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1346"/>
        <source>Outcome reading: {title}</source>
        <translation>Darlleniad canlyniadau: {title}</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1348"/>
        <source>Told by {source}</source>
        <translation>Yn ôl {source}</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1350"/>
        <source>Attended: {names}</source>
        <translation>Yn bresennol: {names}</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1358"/>
        <source>Universal</source>
        <translation>Cyffredinol</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1360"/>
        <source>Early help</source>
        <translation>Cymorth cynnar</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1362"/>
        <source>Targeted</source>
        <translation>Wedi&apos;i dargedu</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1364"/>
        <source>Complex</source>
        <translation>Cymhleth</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1366"/>
        <source>School</source>
        <translation>Ysgol</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1368"/>
        <source>Early years</source>
        <translation>Blynyddoedd cynnar</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1370"/>
        <source>Health</source>
        <translation>Iechyd</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1372"/>
        <source>Police</source>
        <translation>Heddlu</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1374"/>
        <source>Housing</source>
        <translation>Tai</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1376"/>
        <source>Children&apos;s social care</source>
        <translation>Gwasanaethau cymdeithasol plant</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1378"/>
        <source>Youth justice</source>
        <translation>Cyfiawnder ieuenctid</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1380"/>
        <source>Adult services</source>
        <translation>Gwasanaethau oedolion</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1382"/>
        <source>Employment support</source>
        <translation>Cymorth cyflogaeth</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1384"/>
        <source>Voluntary sector</source>
        <translation>Sector gwirfoddol</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1386"/>
        <source>The family themselves</source>
        <translation>Y teulu eu hunain</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1388"/>
        <source>Other</source>
        <translation>Arall</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1390"/>
        <source>Outcomes achieved</source>
        <translation>Canlyniadau a gyflawnwyd</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1392"/>
        <source>Stepped up to children&apos;s social care</source>
        <translation>Wedi camu i fyny i wasanaethau cymdeithasol plant</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1394"/>
        <source>Stepped down to universal services</source>
        <translation>Wedi camu i lawr i wasanaethau cyffredinol</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1396"/>
        <source>Family withdrew consent</source>
        <translation>Tynnodd y teulu eu caniatâd yn ôl</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1398"/>
        <source>Family stopped engaging</source>
        <translation>Peidiodd y teulu ag ymgysylltu</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1400"/>
        <source>Family moved away</source>
        <translation>Symudodd y teulu i ffwrdd</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1402"/>
        <source>Not decided yet</source>
        <translation>Heb benderfynu eto</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1404"/>
        <source>Accepted for early help</source>
        <translation>Wedi&apos;i dderbyn ar gyfer cymorth cynnar</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1406"/>
        <source>Signposted to other services</source>
        <translation>Wedi&apos;i gyfeirio at wasanaethau eraill</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1408"/>
        <source>No further action</source>
        <translation>Dim camau pellach</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1410"/>
        <source>Home visit</source>
        <translation>Ymweliad â&apos;r cartref</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1412"/>
        <source>Joint visit</source>
        <translation>Ymweliad ar y cyd</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1414"/>
        <source>Office visit</source>
        <translation>Ymweliad â&apos;r swyddfa</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1416"/>
        <source>School visit</source>
        <translation>Ymweliad â&apos;r ysgol</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1418"/>
        <source>TAF meeting</source>
        <translation>Cyfarfod TAT</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1420"/>
        <source>Phone call</source>
        <translation>Galwad ffôn</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1422"/>
        <source>Video call</source>
        <translation>Galwad fideo</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1424"/>
        <source>Text, email or letter</source>
        <translation>Neges destun, e-bost neu lythyr</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1426"/>
        <source>No access visit</source>
        <translation>Ymweliad heb gael mynediad</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2110"/>
        <source>Child protection plan</source>
        <translation>Cynllun amddiffyn plentyn</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2114"/>
        <source>Child in need plan</source>
        <translation>Cynllun plentyn mewn angen</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2118"/>
        <source>Looked after child</source>
        <translation>Plentyn sy&apos;n derbyn gofal</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2122"/>
        <source>Domestic abuse / MARAC</source>
        <translation>Cam-drin domestig / MARAC</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2126"/>
        <source>Missing from home</source>
        <translation>Ar goll o&apos;r cartref</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2130"/>
        <source>Risk of exploitation</source>
        <translation>Risg o gamfanteisio</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2134"/>
        <source>Young carer</source>
        <translation>Gofalwr ifanc</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2138"/>
        <source>Other alert</source>
        <translation>Rhybudd arall</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2168"/>
        <source>Referral and decision</source>
        <translation>Atgyfeiriad a phenderfyniad</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2170"/>
        <source>Tier and lead professional</source>
        <translation>Haen a gweithiwr proffesiynol arweiniol</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2172"/>
        <source>Risk and alert flags</source>
        <translation>Baneri risg a rhybudd</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2174"/>
        <source>Assessments</source>
        <translation>Asesiadau</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2176"/>
        <source>Outcome readings</source>
        <translation>Darlleniadau canlyniadau</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2178"/>
        <source>Plans, reviews and TAF meetings</source>
        <translation>Cynlluniau, adolygiadau a chyfarfodydd TAT</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2180"/>
        <source>Consent</source>
        <translation>Caniatâd</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2182"/>
        <source>Household changes</source>
        <translation>Newidiadau i&apos;r aelwyd</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2184"/>
        <source>Contacts</source>
        <translation>Cysylltiadau</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2186"/>
        <source>Significant events</source>
        <translation>Digwyddiadau arwyddocaol</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2188"/>
        <source>Closure</source>
        <translation>Cau</translation>
    </message>
</context>
<context>
    <name>unlock</name>
    <message>
        <location filename="more_messages.py" line="1352"/>
        <source>The user name or password is not right.</source>
        <translation>Dydy&apos;r enw defnyddiwr neu&apos;r cyfrinair ddim yn gywir.</translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message>
        <location filename="more_messages.py" line="1476"/>
        <source>is required.</source>
        <translation>mae angen ei lenwi.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1478"/>
        <source>cannot be left blank.</source>
        <translation>ni ellir ei adael yn wag.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1480"/>
        <source>is too long.</source>
        <translation>mae&apos;n rhy hir.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1482"/>
        <source>is not a date we recognise (use a date such as 25/11/2026).</source>
        <translation>dydyn ni ddim yn adnabod y dyddiad hwn (defnyddiwch ddyddiad fel 25/11/2026).</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1484"/>
        <source>must be a whole number.</source>
        <translation>rhaid iddo fod yn rhif cyfan.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1486"/>
        <source>is too small.</source>
        <translation>mae&apos;n rhy fach.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1488"/>
        <source>is too large.</source>
        <translation>mae&apos;n rhy fawr.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1490"/>
        <source>is not one of the choices offered.</source>
        <translation>dydy hwn ddim yn un o&apos;r dewisiadau a gynigir.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1492"/>
        <source>must be yes or no.</source>
        <translation>rhaid iddo fod yn ie neu na.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1494"/>
        <source>must be a number.</source>
        <translation>rhaid iddo fod yn rhif.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1496"/>
        <source>must be an ordinary number.</source>
        <translation>rhaid iddo fod yn rhif cyffredin.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1498"/>
        <source>must be text.</source>
        <translation>rhaid iddo fod yn destun.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1500"/>
        <source>must be true or false.</source>
        <translation>rhaid iddo fod yn wir neu&apos;n anwir.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1502"/>
        <source>must be a list.</source>
        <translation>rhaid iddo fod yn rhestr.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1504"/>
        <source>must be a set of named values.</source>
        <translation>rhaid iddo fod yn set o werthoedd wedi&apos;u henwi.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1506"/>
        <source>is not a field FamilyCase knows (check the spelling).</source>
        <translation>dydy FamilyCase ddim yn adnabod y maes hwn (gwiriwch y sillafu).</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1508"/>
        <source>needs at least one entry.</source>
        <translation>mae angen o leiaf un cofnod.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1518"/>
        <source>Who told us</source>
        <translation>Pwy ddwedodd wrthon ni</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1520"/>
        <source>Comment</source>
        <translation>Sylw</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1522"/>
        <source>Different views</source>
        <translation>Barn wahanol</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1524"/>
        <source>Date of the assessment</source>
        <translation>Dyddiad yr asesiad</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1526"/>
        <source>Who it is about</source>
        <translation>Am bwy mae e</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1528"/>
        <source>Who contributed</source>
        <translation>Pwy gyfrannodd</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1530"/>
        <source>Contributed as</source>
        <translation>Wedi cyfrannu fel</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1532"/>
        <source>Family member</source>
        <translation>Aelod o&apos;r teulu</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1534"/>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1536"/>
        <source>Agency</source>
        <translation>Asiantaeth</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1538"/>
        <source>Family&apos;s score</source>
        <translation>Sgôr y teulu</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1540"/>
        <source>Worker&apos;s score</source>
        <translation>Sgôr y gweithiwr</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1542"/>
        <source>How the family sees it</source>
        <translation>Sut mae&apos;r teulu&apos;n ei weld</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1544"/>
        <source>How the worker sees it</source>
        <translation>Sut mae&apos;r gweithiwr yn ei weld</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1546"/>
        <source>What is going well</source>
        <translation>Beth sy&apos;n mynd yn dda</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1548"/>
        <source>What needs to change</source>
        <translation>Beth sydd angen newid</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1550"/>
        <source>Kind of event</source>
        <translation>Math o ddigwyddiad</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1556"/>
        <source>About</source>
        <translation>Am</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1558"/>
        <source>Type of information</source>
        <translation>Math o wybodaeth</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1562"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1564"/>
        <source>Given by</source>
        <translation>Rhoddwyd gan</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1566"/>
        <source>Name of the person giving consent</source>
        <translation>Enw&apos;r sawl sy&apos;n rhoi caniatâd</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1568"/>
        <source>Competence assessed</source>
        <translation>Wedi asesu cymhwysedd</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1570"/>
        <source>How consent was given</source>
        <translation>Sut y rhoddwyd caniatâd</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1572"/>
        <source>Agencies</source>
        <translation>Asiantaethau</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1574"/>
        <source>Purposes</source>
        <translation>Dibenion</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1576"/>
        <source>Information</source>
        <translation>Gwybodaeth</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1578"/>
        <source>Date given</source>
        <translation>Dyddiad ei roi</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1580"/>
        <source>Review or expiry date</source>
        <translation>Dyddiad adolygu neu ddod i ben</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1582"/>
        <source>Lawful basis</source>
        <translation>Sail gyfreithlon</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1584"/>
        <source>Notes</source>
        <translation>Nodiadau</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1586"/>
        <source>Withdrawal</source>
        <translation>Tynnu&apos;n ôl</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1588"/>
        <source>People who agreed</source>
        <translation>Pobl a gytunodd</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1590"/>
        <source>Exceptions</source>
        <translation>Eithriadau</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1592"/>
        <source>Agency left out</source>
        <translation>Asiantaeth a adawyd allan</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1594"/>
        <source>Information left out</source>
        <translation>Gwybodaeth a adawyd allan</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1596"/>
        <source>Agency name</source>
        <translation>Enw&apos;r asiantaeth</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1598"/>
        <source>Purpose</source>
        <translation>Diben</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1600"/>
        <source>Reason for sharing without consent</source>
        <translation>Rheswm dros rannu heb ganiatâd</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1602"/>
        <source>Legal gateway (e.g. Children Act 1989)</source>
        <translation>Porth cyfreithiol (e.e. Deddf Plant 1989)</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1604"/>
        <source>Decided by</source>
        <translation>Penderfynwyd gan</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1606"/>
        <source>Date of decision</source>
        <translation>Dyddiad y penderfyniad</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1608"/>
        <source>Applies until</source>
        <translation>Yn berthnasol tan</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1610"/>
        <source>Date withdrawn</source>
        <translation>Dyddiad ei dynnu&apos;n ôl</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1512"/>
        <source>Reason</source>
        <translation>Rheswm</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1560"/>
        <source>Recorded by</source>
        <translation>Cofnodwyd gan</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1612"/>
        <source>Basis</source>
        <translation>Sail</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1614"/>
        <source>Source</source>
        <translation>Ffynhonnell</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1616"/>
        <source>Checked against the published source</source>
        <translation>Wedi&apos;i wirio yn erbyn y ffynhonnell gyhoeddedig</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1620"/>
        <source>Note</source>
        <translation>Nodyn</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1624"/>
        <source>Index by financial year</source>
        <translation>Mynegai yn ôl blwyddyn ariannol</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1630"/>
        <source>Code</source>
        <translation>Cod</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1632"/>
        <source>Description</source>
        <translation>Disgrifiad</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1634"/>
        <source>Unit</source>
        <translation>Uned</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1636"/>
        <source>Value (£)</source>
        <translation>Gwerth (£)</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1638"/>
        <source>Agency that bears the cost</source>
        <translation>Asiantaeth sy&apos;n ysgwyddo&apos;r gost</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1640"/>
        <source>Part of the agency</source>
        <translation>Rhan o&apos;r asiantaeth</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1642"/>
        <source>Category</source>
        <translation>Categori</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1554"/>
        <source>Detail</source>
        <translation>Manylion</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1510"/>
        <source>Note for the team leader</source>
        <translation>Nodyn i&apos;r arweinydd tîm</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1618"/>
        <source>Vintage</source>
        <translation>Blwyddyn y data</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1622"/>
        <source>Queried years</source>
        <translation>Blynyddoedd a holwyd</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1626"/>
        <source>From year</source>
        <translation>O flwyddyn</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1628"/>
        <source>Rate</source>
        <translation>Cyfradd</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1644"/>
        <source>Price year</source>
        <translation>Blwyddyn y prisiau</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1646"/>
        <source>Price year as published</source>
        <translation>Blwyddyn y prisiau fel y&apos;i cyhoeddwyd</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1648"/>
        <source>Why the price year is missing</source>
        <translation>Pam nad oes blwyddyn prisiau</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1650"/>
        <source>Why the value is suspect</source>
        <translation>Pam mae&apos;r gwerth yn amheus</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1652"/>
        <source>Replaces a suspect entry</source>
        <translation>Yn lle cofnod amheus</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1654"/>
        <source>Share</source>
        <translation>Cyfran</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1656"/>
        <source>First year</source>
        <translation>Blwyddyn gyntaf</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1658"/>
        <source>Number of years</source>
        <translation>Nifer y blynyddoedd</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1660"/>
        <source>The value is</source>
        <translation>Y gwerth yw</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1662"/>
        <source>Drop-off per year</source>
        <translation>Lleihad y flwyddyn</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1664"/>
        <source>Profile over years</source>
        <translation>Proffil dros flynyddoedd</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1666"/>
        <source>Amount (£)</source>
        <translation>Swm (£)</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1668"/>
        <source>Pressures</source>
        <translation>Pwysau</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1670"/>
        <source>Efficiencies</source>
        <translation>Arbedion effeithlonrwydd</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1672"/>
        <source>Outcome compared</source>
        <translation>Canlyniad a gymharwyd</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1674"/>
        <source>Cohort</source>
        <translation>Carfan</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1676"/>
        <source>Comparison group</source>
        <translation>Grŵp cymharu</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1678"/>
        <source>Comparison group matched</source>
        <translation>Grŵp cymharu wedi&apos;i gyfateb</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1680"/>
        <source>Matched on</source>
        <translation>Wedi&apos;i gyfateb ar</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1682"/>
        <source>Proportion achieving the outcome</source>
        <translation>Cyfran sy&apos;n cyflawni&apos;r canlyniad</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1684"/>
        <source>Number achieving the outcome</source>
        <translation>Nifer sy&apos;n cyflawni&apos;r canlyniad</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1686"/>
        <source>Number in the group</source>
        <translation>Nifer yn y grŵp</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1688"/>
        <source>On estimated costs</source>
        <translation>Ar gostau amcangyfrif</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1690"/>
        <source>On actual costs</source>
        <translation>Ar gostau gwirioneddol</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1692"/>
        <source>What it paid for</source>
        <translation>Am beth y talodd</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1694"/>
        <source>Year</source>
        <translation>Blwyddyn</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1696"/>
        <source>Recurs for (years)</source>
        <translation>Yn ailddigwydd am (blynyddoedd)</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1698"/>
        <source>Quantity</source>
        <translation>Nifer</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1700"/>
        <source>Unit rate (£)</source>
        <translation>Cyfradd yr uned (£)</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1702"/>
        <source>Estimate or actual</source>
        <translation>Amcangyfrif neu wirioneddol</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1704"/>
        <source>Agency paying</source>
        <translation>Asiantaeth sy&apos;n talu</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1706"/>
        <source>Standard rate</source>
        <translation>Cyfradd safonol</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1708"/>
        <source>Health rate</source>
        <translation>Cyfradd iechyd</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1710"/>
        <source>Discount rate</source>
        <translation>Cyfradd ddisgownt</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1712"/>
        <source>Health discount rate</source>
        <translation>Cyfradd ddisgownt iechyd</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1714"/>
        <source>Long-term rates</source>
        <translation>Cyfraddau tymor hir</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1716"/>
        <source>Time horizon (years)</source>
        <translation>Gorwel amser (blynyddoedd)</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1718"/>
        <source>Optimism bias by evidence strength</source>
        <translation>Tuedd optimistiaeth yn ôl cryfder y dystiolaeth</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1720"/>
        <source>Optimism bias on intervention costs</source>
        <translation>Tuedd optimistiaeth ar gostau ymyrraeth</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1722"/>
        <source>Reference</source>
        <translation>Cyfeirnod</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1724"/>
        <source>What was avoided</source>
        <translation>Beth a osgowyd</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1726"/>
        <source>Unit cost</source>
        <translation>Cost uned</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1728"/>
        <source>How many</source>
        <translation>Sawl un</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1730"/>
        <source>For how long</source>
        <translation>Am ba hyd</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1732"/>
        <source>Duration unit</source>
        <translation>Uned yr hyd</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1734"/>
        <source>Probability it would have happened</source>
        <translation>Tebygolrwydd y byddai wedi digwydd</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1736"/>
        <source>Evidence strength</source>
        <translation>Cryfder y dystiolaeth</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1738"/>
        <source>Deadweight</source>
        <translation>Pwysau marw</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1740"/>
        <source>Attribution</source>
        <translation>Priodoli</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1742"/>
        <source>Displacement</source>
        <translation>Dadleoli</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1744"/>
        <source>Leakage</source>
        <translation>Gollyngiad</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1746"/>
        <source>Substitution</source>
        <translation>Amnewid</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1748"/>
        <source>Benefit or disbenefit</source>
        <translation>Budd neu anfudd</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1750"/>
        <source>Discount as</source>
        <translation>Disgowntio fel</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1752"/>
        <source>Benefit type</source>
        <translation>Math o fudd</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1754"/>
        <source>Agency bearing the cost</source>
        <translation>Asiantaeth sy&apos;n ysgwyddo&apos;r gost</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1756"/>
        <source>Split between agencies</source>
        <translation>Rhaniad rhwng asiantaethau</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1758"/>
        <source>Cashable</source>
        <translation>Arian parod</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1760"/>
        <source>When the benefit falls</source>
        <translation>Pryd mae&apos;r budd yn digwydd</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1762"/>
        <source>Assessed by</source>
        <translation>Aseswyd gan</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1764"/>
        <source>Assessed on</source>
        <translation>Aseswyd ar</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1766"/>
        <source>Rationale</source>
        <translation>Rhesymeg</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1768"/>
        <source>Scenario format</source>
        <translation>Fformat y senario</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1770"/>
        <source>Title</source>
        <translation>Teitl</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1772"/>
        <source>Reporting price year</source>
        <translation>Blwyddyn brisiau&apos;r adroddiad</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1774"/>
        <source>Parameters</source>
        <translation>Paramedrau</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1776"/>
        <source>Sensitivity</source>
        <translation>Sensitifrwydd</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1778"/>
        <source>Deflator table</source>
        <translation>Tabl datchwyddwyr</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1780"/>
        <source>Local unit costs</source>
        <translation>Costau uned lleol</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1782"/>
        <source>Prevented costs</source>
        <translation>Costau a ataliwyd</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1784"/>
        <source>Intervention costs</source>
        <translation>Costau ymyrraeth</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1786"/>
        <source>Budget pressures</source>
        <translation>Pwysau ar gyllidebau</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1788"/>
        <source>Cohort comparisons</source>
        <translation>Cymariaethau carfan</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1802"/>
        <source>Benefit multiplier</source>
        <translation>Lluosydd budd</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1804"/>
        <source>Cost multiplier</source>
        <translation>Lluosydd cost</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1806"/>
        <source>GMCA code</source>
        <translation>Cod GMCA</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1808"/>
        <source>Unit cost (£)</source>
        <translation>Cost uned (£)</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1810"/>
        <source>Share of the value in that year</source>
        <translation>Cyfran y gwerth yn y flwyddyn honno</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1812"/>
        <source>File name</source>
        <translation>Enw&apos;r ffeil</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1814"/>
        <source>Type</source>
        <translation>Math</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1816"/>
        <source>Size</source>
        <translation>Maint</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1818"/>
        <source>What it is</source>
        <translation>Beth yw hi</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1820"/>
        <source>Contact note</source>
        <translation>Nodyn cyswllt</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1822"/>
        <source>Added by</source>
        <translation>Ychwanegwyd gan</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1824"/>
        <source>Address</source>
        <translation>Cyfeiriad</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1826"/>
        <source>Town</source>
        <translation>Tref</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1828"/>
        <source>Postcode</source>
        <translation>Cod post</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1830"/>
        <source>Type of agency</source>
        <translation>Math o asiantaeth</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1832"/>
        <source>Practitioner</source>
        <translation>Ymarferydd</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1834"/>
        <source>Family members involved</source>
        <translation>Aelodau&apos;r teulu dan sylw</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1836"/>
        <source>What they do with the family</source>
        <translation>Beth maen nhw&apos;n ei wneud gyda&apos;r teulu</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1838"/>
        <source>Involved since</source>
        <translation>Yn rhan o&apos;r gwaith ers</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1840"/>
        <source>Involvement ended</source>
        <translation>Daeth y gwaith i ben</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1842"/>
        <source>Part of the Team Around the Family</source>
        <translation>Yn rhan o&apos;r Tîm o Amgylch y Teulu</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1844"/>
        <source>Phone</source>
        <translation>Ffôn</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1846"/>
        <source>Email</source>
        <translation>E-bost</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1848"/>
        <source>Family name</source>
        <translation>Enw&apos;r teulu</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1850"/>
        <source>Main language at home</source>
        <translation>Prif iaith gartref</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1852"/>
        <source>Interpreter needed</source>
        <translation>Angen cyfieithydd</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1854"/>
        <source>First name(s)</source>
        <translation>Enw(au) cyntaf</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1856"/>
        <source>Last name</source>
        <translation>Cyfenw</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1858"/>
        <source>Known as</source>
        <translation>Enw arferol</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1860"/>
        <source>Date of birth</source>
        <translation>Dyddiad geni</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1862"/>
        <source>Expected date of birth</source>
        <translation>Dyddiad geni disgwyliedig</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1864"/>
        <source>Gender</source>
        <translation>Rhywedd</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1866"/>
        <source>Role in household</source>
        <translation>Rôl yn yr aelwyd</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1868"/>
        <source>Lives in the household</source>
        <translation>Yn byw yn yr aelwyd</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1870"/>
        <source>School or setting</source>
        <translation>Ysgol neu leoliad</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1872"/>
        <source>NHS number</source>
        <translation>Rhif GIG</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1874"/>
        <source>Unique Pupil Number</source>
        <translation>Rhif Disgybl Unigryw</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1876"/>
        <source>Contact details</source>
        <translation>Manylion cyswllt</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1878"/>
        <source>Address (if not the family&apos;s)</source>
        <translation>Cyfeiriad (os nad yw yr un â&apos;r teulu)</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1880"/>
        <source>Has died</source>
        <translation>Wedi marw</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1882"/>
        <source>Date of death</source>
        <translation>Dyddiad marwolaeth</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1884"/>
        <source>Practitioner&apos;s name</source>
        <translation>Enw&apos;r ymarferydd</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1886"/>
        <source>Job title</source>
        <translation>Teitl swydd</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1888"/>
        <source>Related to</source>
        <translation>Yn perthyn i</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1890"/>
        <source>Relationship</source>
        <translation>Perthynas</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1894"/>
        <source>The change has held</source>
        <translation>Mae&apos;r newid wedi para</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1896"/>
        <source>What we found</source>
        <translation>Beth gawson ni</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1898"/>
        <source>Date of the check</source>
        <translation>Dyddiad y gwiriad</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1900"/>
        <source>How we checked</source>
        <translation>Sut y gwnaethon ni wirio</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1902"/>
        <source>Outcome areas</source>
        <translation>Meysydd canlyniadau</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1904"/>
        <source>Referred again since closure</source>
        <translation>Wedi&apos;i atgyfeirio eto ers cau</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1906"/>
        <source>Checked by</source>
        <translation>Gwiriwyd gan</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1908"/>
        <source>Person in this family file</source>
        <translation>Person yn ffeil y teulu hwn</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1910"/>
        <source>The same person</source>
        <translation>Yr un person</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1912"/>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1914"/>
        <source>Progress</source>
        <translation>Cynnydd</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1916"/>
        <source>Role</source>
        <translation>Rôl</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1918"/>
        <source>Agency (type)</source>
        <translation>Asiantaeth (math)</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1920"/>
        <source>Attended</source>
        <translation>Yn bresennol</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1922"/>
        <source>Outcomes</source>
        <translation>Canlyniadau</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1924"/>
        <source>Actions</source>
        <translation>Camau gweithredu</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1926"/>
        <source>Based on the assessment</source>
        <translation>Yn seiliedig ar yr asesiad</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1928"/>
        <source>What the family says about the plan</source>
        <translation>Beth mae&apos;r teulu&apos;n ei ddweud am y cynllun</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1930"/>
        <source>What changed in this version</source>
        <translation>Beth newidiodd yn y fersiwn hon</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1932"/>
        <source>Area</source>
        <translation>Maes</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1934"/>
        <source>What will be done</source>
        <translation>Beth fydd yn cael ei wneud</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1936"/>
        <source>Who will do it</source>
        <translation>Pwy fydd yn ei wneud</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1938"/>
        <source>By when</source>
        <translation>Erbyn pryd</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1940"/>
        <source>Outcomes it works towards</source>
        <translation>Canlyniadau y mae&apos;n gweithio tuag atyn nhw</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1942"/>
        <source>Needs it addresses</source>
        <translation>Anghenion y mae&apos;n mynd i&apos;r afael â nhw</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1944"/>
        <source>Progress note</source>
        <translation>Nodyn cynnydd</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1946"/>
        <source>What the family wants to be different</source>
        <translation>Beth mae&apos;r teulu eisiau iddo fod yn wahanol</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1948"/>
        <source>Who it is for</source>
        <translation>Ar gyfer pwy</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1892"/>
        <source>Outcome area</source>
        <translation>Maes canlyniad</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1950"/>
        <source>Achieved on</source>
        <translation>Wedi&apos;i gyflawni ar</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1952"/>
        <source>Kind of meeting</source>
        <translation>Math o gyfarfod</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1954"/>
        <source>Date held</source>
        <translation>Dyddiad y cyfarfod</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1956"/>
        <source>Who came</source>
        <translation>Pwy ddaeth</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1958"/>
        <source>Plan version reviewed</source>
        <translation>Fersiwn y cynllun a adolygwyd</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1960"/>
        <source>Progress on actions</source>
        <translation>Cynnydd ar y camau gweithredu</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1962"/>
        <source>Decisions</source>
        <translation>Penderfyniadau</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1964"/>
        <source>What the family said</source>
        <translation>Beth ddwedodd y teulu</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1966"/>
        <source>Next review</source>
        <translation>Adolygiad nesaf</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1968"/>
        <source>Plan version after</source>
        <translation>Fersiwn y cynllun wedyn</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1970"/>
        <source>First reading within (weeks)</source>
        <translation>Darlleniad cyntaf o fewn (wythnosau)</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1972"/>
        <source>Review every (weeks)</source>
        <translation>Adolygu bob (wythnosau)</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1974"/>
        <source>Readings needed before closure</source>
        <translation>Darlleniadau sydd eu hangen cyn cau</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1976"/>
        <source>Kind of alert</source>
        <translation>Math o rybudd</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1978"/>
        <source>What kind of alert</source>
        <translation>Pa fath o rybudd</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1980"/>
        <source>Since</source>
        <translation>Ers</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1982"/>
        <source>Ended on</source>
        <translation>Daeth i ben ar</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1984"/>
        <source>Told by (type of agency)</source>
        <translation>Yn ôl (math o asiantaeth)</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1986"/>
        <source>Told by (agency)</source>
        <translation>Yn ôl (asiantaeth)</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1988"/>
        <source>Why it ended</source>
        <translation>Pam y daeth i ben</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2006"/>
        <source>Team name</source>
        <translation>Enw&apos;r tîm</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2008"/>
        <source>User name</source>
        <translation>Enw defnyddiwr</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2026"/>
        <source>Reason for closing</source>
        <translation>Rheswm dros gau</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2028"/>
        <source>Date closed</source>
        <translation>Dyddiad cau</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2030"/>
        <source>Exit plan</source>
        <translation>Cynllun gadael</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2032"/>
        <source>Closing summary</source>
        <translation>Crynodeb y cau</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2040"/>
        <source>Date of contact</source>
        <translation>Dyddiad y cyswllt</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2042"/>
        <source>Type of contact</source>
        <translation>Math o gyswllt</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2044"/>
        <source>Family members seen</source>
        <translation>Aelodau&apos;r teulu a welwyd</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2046"/>
        <source>Others present</source>
        <translation>Eraill oedd yno</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2048"/>
        <source>Duration (minutes)</source>
        <translation>Hyd (munudau)</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2340"/>
        <source>Give either an amount or a quantity and a unit rate.</source>
        <translation>Rhowch naill ai swm neu nifer a chyfradd uned.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2342"/>
        <source>Give both the quantity and the unit rate.</source>
        <translation>Rhowch y nifer a chyfradd yr uned.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2344"/>
        <source>The long-term bands must start in different years, in order.</source>
        <translation>Rhaid i&apos;r bandiau tymor hir ddechrau mewn blynyddoedd gwahanol, yn eu trefn.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2346"/>
        <source>Give the number achieving and the number in the group, or a proportion.</source>
        <translation>Rhowch y nifer sy&apos;n cyflawni a&apos;r nifer yn y grŵp, neu gyfran.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2470"/>
        <source>A child seen alone was seen: tick &apos;Child seen&apos; too.</source>
        <translation>Cafodd plentyn a welwyd ar ei ben ei hun ei weld: ticiwch &apos;Gwelwyd y plentyn&apos; hefyd.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1552"/>
        <source>What happened</source>
        <translation>Beth ddigwyddodd</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2058"/>
        <source>Referred by (type of agency)</source>
        <translation>Wedi&apos;i atgyfeirio gan (math o asiantaeth)</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2060"/>
        <source>Referrer</source>
        <translation>Atgyfeiriwr</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2062"/>
        <source>Reason for referral</source>
        <translation>Rheswm dros atgyfeirio</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2064"/>
        <source>Date received</source>
        <translation>Dyddiad ei dderbyn</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2066"/>
        <source>Family consented to the referral</source>
        <translation>Cytunodd y teulu i&apos;r atgyfeiriad</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2068"/>
        <source>Decision</source>
        <translation>Penderfyniad</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2072"/>
        <source>Referrer told the outcome</source>
        <translation>Dywedwyd wrth yr atgyfeiriwr beth ddigwyddodd</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2074"/>
        <source>Change</source>
        <translation>Newid</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2076"/>
        <source>From tier</source>
        <translation>O haen</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1514"/>
        <source>To tier</source>
        <translation>I haen</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1516"/>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1790"/>
        <source>Probability multipliers</source>
        <translation>Lluosyddion tebygolrwydd</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1792"/>
        <source>Deadweight changes</source>
        <translation>Newidiadau i&apos;r pwysau marw</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1794"/>
        <source>Optimism bias changes</source>
        <translation>Newidiadau i&apos;r duedd optimistiaeth</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1796"/>
        <source>Discount rates</source>
        <translation>Cyfraddau disgownt</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1798"/>
        <source>Cost multipliers</source>
        <translation>Lluosyddion cost</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1800"/>
        <source>Combined cases</source>
        <translation>Achosion cyfun</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2050"/>
        <source>Child seen</source>
        <translation>Gwelwyd y plentyn</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2052"/>
        <source>Child seen alone</source>
        <translation>Gwelwyd y plentyn ar ei ben ei hun</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2054"/>
        <source>Significant event</source>
        <translation>Digwyddiad arwyddocaol</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2056"/>
        <source>Reason for the change</source>
        <translation>Rheswm dros y newid</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2070"/>
        <source>Reason for the decision</source>
        <translation>Rheswm dros y penderfyniad</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2294"/>
        <source>A question has been answered twice for the same person.</source>
        <translation>Mae cwestiwn wedi&apos;i ateb ddwywaith ar gyfer yr un person.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2296"/>
        <source>A person is listed twice in who the assessment is about.</source>
        <translation>Mae person wedi&apos;i restru ddwywaith yn y rhestr o bwy mae&apos;r asesiad yn ei gylch.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2298"/>
        <source>Say in a few words what happened.</source>
        <translation>Dywedwch mewn ychydig eiriau beth ddigwyddodd.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2300"/>
        <source>The review or expiry date must be after the date consent was given.</source>
        <translation>Rhaid i&apos;r dyddiad adolygu neu ddod i ben fod ar ôl y dyddiad y rhoddwyd caniatâd.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2302"/>
        <source>A young person under 16 can consent for themselves only once their competence to decide has been assessed; tick &apos;Competence assessed&apos; or record who has parental responsibility.</source>
        <translation>Dim ond ar ôl asesu eu cymhwysedd i benderfynu y gall person ifanc dan 16 roi caniatâd drosto&apos;i hun; ticiwch &apos;Wedi asesu cymhwysedd&apos; neu cofnodwch pwy sydd â chyfrifoldeb rhiant.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2304"/>
        <source>Consent cannot be withdrawn before it was given.</source>
        <translation>Ni ellir tynnu caniatâd yn ôl cyn iddo gael ei roi.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2306"/>
        <source>An exception leaves out one agency or one kind of information.</source>
        <translation>Mae eithriad yn gadael allan un asiantaeth neu un math o wybodaeth.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2308"/>
        <source>Each person can be listed once.</source>
        <translation>Gall pob person gael ei restru unwaith yn unig.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2310"/>
        <source>Sharing without consent needs a lawful basis other than consent.</source>
        <translation>Mae rhannu heb ganiatâd angen sail gyfreithlon heblaw caniatâd.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2312"/>
        <source>An override cannot end before it was decided.</source>
        <translation>Ni all penderfyniad i rannu heb ganiatâd ddod i ben cyn iddo gael ei wneud.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2314"/>
        <source>An exception is for someone who is not ticked as agreeing.</source>
        <translation>Mae eithriad ar gyfer rhywun nad yw wedi&apos;i dicio fel un a gytunodd.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2316"/>
        <source>The exceptions leave nothing to share for one of the people: untick them instead.</source>
        <translation>Mae&apos;r eithriadau&apos;n gadael dim i&apos;w rannu ar gyfer un o&apos;r bobl: dad-diciwch nhw yn lle hynny.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2318"/>
        <source>a group needs at least one member</source>
        <translation>mae angen o leiaf un aelod ar grŵp</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2320"/>
        <source>the unit cost database has no categories</source>
        <translation>does dim categorïau yn y gronfa ddata costau uned</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2322"/>
        <source>the unit cost database has a category that is not a table</source>
        <translation>mae gan y gronfa ddata costau uned gategori nad yw&apos;n dabl</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2324"/>
        <source>must be a financial year such as 2024-25.</source>
        <translation>rhaid iddo fod yn flwyddyn ariannol fel 2024-25.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2326"/>
        <source>cannot divide by zero.</source>
        <translation>ni ellir rhannu â sero.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2328"/>
        <source>must be a number such as 0.25 or a fraction such as 1/4.</source>
        <translation>rhaid iddo fod yn rhif fel 0.25 neu&apos;n ffracsiwn fel 1/4.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2330"/>
        <source>Give either a GMCA code or a local value, not both and not neither.</source>
        <translation>Rhowch naill ai god GMCA neu werth lleol, nid y ddau a nid dim un.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2332"/>
        <source>A GMCA code brings its own source and unit; give a local value to use others.</source>
        <translation>Mae cod GMCA yn dod â&apos;i ffynhonnell a&apos;i uned ei hun; rhowch werth lleol i ddefnyddio rhai eraill.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2334"/>
        <source>A local unit cost needs its price year and its source.</source>
        <translation>Mae cost uned leol angen blwyddyn ei phrisiau a&apos;i ffynhonnell.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2336"/>
        <source>Give either one agency or a split between agencies, not both.</source>
        <translation>Rhowch naill ai un asiantaeth neu raniad rhwng asiantaethau, nid y ddau.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2338"/>
        <source>Only a fiscal benefit can be cashable.</source>
        <translation>Dim ond budd cyllidol all fod yn arian parod.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2350"/>
        <source>The scenario has nothing to evaluate: add prevented costs, intervention costs, budget pressures or a cohort comparison.</source>
        <translation>Does dim i&apos;w werthuso yn y senario: ychwanegwch gostau a ataliwyd, costau ymyrraeth, pwysau ar gyllidebau neu gymhariaeth carfan.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2352"/>
        <source>Reporting price year is required when the scenario has amounts of money.</source>
        <translation>Mae angen blwyddyn brisiau&apos;r adroddiad pan fydd symiau o arian yn y senario.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2354"/>
        <source>Give either a profile over years or a first year, number of years and drop-off, not both.</source>
        <translation>Rhowch naill ai broffil dros flynyddoedd neu flwyddyn gyntaf, nifer o flynyddoedd a lleihad, nid y ddau.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2356"/>
        <source>Each year can appear only once in the profile.</source>
        <translation>Gall pob blwyddyn ymddangos unwaith yn unig yn y proffil.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2358"/>
        <source>The shares of the split between agencies must add up to 1.</source>
        <translation>Rhaid i gyfrannau&apos;r rhaniad rhwng asiantaethau adio i 1.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2360"/>
        <source>Each agency can appear only once in the split.</source>
        <translation>Gall pob asiantaeth ymddangos unwaith yn unig yn y rhaniad.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2348"/>
        <source>More people achieved the outcome than are in the group.</source>
        <translation>Cyflawnodd mwy o bobl y canlyniad nag sydd yn y grŵp.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1990"/>
        <source>Decisions that need a team leader</source>
        <translation>Penderfyniadau sydd angen arweinydd tîm</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1992"/>
        <source>Jurisdiction</source>
        <translation>Awdurdodaeth</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1994"/>
        <source>Follow-up after closure (months)</source>
        <translation>Gwaith dilynol ar ôl cau (misoedd)</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1996"/>
        <source>Caseload weight cap</source>
        <translation>Uchafswm pwysau&apos;r llwyth achosion</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1998"/>
        <source>Caseload weight by tier</source>
        <translation>Pwysau&apos;r llwyth achosion fesul haen</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2000"/>
        <source>Unallocated for more than (days)</source>
        <translation>Heb ei ddyrannu am fwy na (diwrnodau)</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2002"/>
        <source>Checked out for more than (days)</source>
        <translation>Allan am fwy na (diwrnodau)</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2004"/>
        <source>Show what is due within (days)</source>
        <translation>Dangos beth sydd i fod o fewn (diwrnodau)</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2010"/>
        <source>Action</source>
        <translation>Cam gweithredu</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2012"/>
        <source>Whose action</source>
        <translation>Pwy sy&apos;n gyfrifol am y cam gweithredu</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2014"/>
        <source>Reflection</source>
        <translation>Myfyrio</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2016"/>
        <source>What was done</source>
        <translation>Beth a wnaed</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2018"/>
        <source>Worker</source>
        <translation>Gweithiwr</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2020"/>
        <source>Date of supervision</source>
        <translation>Dyddiad goruchwylio</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2022"/>
        <source>Next supervision</source>
        <translation>Sesiwn nesaf</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2024"/>
        <source>Families discussed</source>
        <translation>Teuluoedd a drafodwyd</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2034"/>
        <source>Asked for by</source>
        <translation>Gofynnwyd amdano gan</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2036"/>
        <source>Approved by</source>
        <translation>Cymeradwywyd gan</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2038"/>
        <source>Approved on</source>
        <translation>Cymeradwywyd ar</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2288"/>
        <source>A request to step up or down names the tier it asks for.</source>
        <translation>Mae cais i gamu i fyny neu i lawr yn enwi&apos;r haen y mae&apos;n gofyn amdani.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2290"/>
        <source>Assessment sign-off is asked for by completing the assessment.</source>
        <translation>Gofynnir am gymeradwyo asesiad drwy gwblhau&apos;r asesiad.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2292"/>
        <source>A request to close gives the closure it asks for.</source>
        <translation>Mae cais i gau yn rhoi manylion y cau y mae&apos;n gofyn amdano.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2362"/>
        <source>Give either a proportion or the number achieving, not both.</source>
        <translation>Rhowch naill ai gyfran neu&apos;r nifer sy&apos;n cyflawni, nid y ddau.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2364"/>
        <source>A negative amount is not accepted: record a cost the work caused as a line with effect &apos;disbenefit&apos; (its value is then taken off the total).</source>
        <translation>Nid yw swm negyddol yn cael ei dderbyn: cofnodwch gost a achoswyd gan y gwaith fel llinell ag effaith &apos;anfudd&apos; (mae ei gwerth wedyn yn cael ei dynnu o&apos;r cyfanswm).</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2366"/>
        <source>needs a file name.</source>
        <translation>angen enw ffeil.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2368"/>
        <source>The first line of the address cannot be blank.</source>
        <translation>Ni all llinell gyntaf y cyfeiriad fod yn wag.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2370"/>
        <source>The date of birth is more than 120 years ago; please check it.</source>
        <translation>Mae&apos;r dyddiad geni fwy na 120 mlynedd yn ôl; gwiriwch ef.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2372"/>
        <source>A date of death is only for someone who has died: tick &apos;Has died&apos;.</source>
        <translation>Dim ond ar gyfer rhywun sydd wedi marw y mae dyddiad marwolaeth: ticiwch &apos;Wedi marw&apos;.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2374"/>
        <source>The date of death cannot come before the date of birth.</source>
        <translation>All y dyddiad marwolaeth ddim bod cyn y dyddiad geni.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2376"/>
        <source>Record a baby who died before birth as a child, with the date.</source>
        <translation>Cofnodwch fabi a fu farw cyn ei eni fel plentyn, gyda&apos;r dyddiad.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2378"/>
        <source>A person cannot be related to themselves.</source>
        <translation>Ni all person berthyn iddo&apos;i hun.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2380"/>
        <source>The involvement cannot end before it started.</source>
        <translation>Ni all y gwaith ddod i ben cyn iddo ddechrau.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2382"/>
        <source>An unborn child needs an expected date of birth.</source>
        <translation>Mae angen dyddiad geni disgwyliedig ar blentyn heb ei eni.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2384"/>
        <source>An unborn child has no date of birth yet; change their role once born.</source>
        <translation>Does gan blentyn heb ei eni ddim dyddiad geni eto; newidiwch eu rôl ar ôl iddyn nhw gael eu geni.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2386"/>
        <source>The expected date of birth must be within the next 10 months.</source>
        <translation>Rhaid i&apos;r dyddiad geni disgwyliedig fod o fewn y 10 mis nesaf.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2388"/>
        <source>Only an unborn child has an expected date of birth.</source>
        <translation>Dim ond plentyn heb ei eni sydd â dyddiad geni disgwyliedig.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2390"/>
        <source>Each outcome area can be checked once.</source>
        <translation>Gellir gwirio pob maes canlyniad unwaith.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2392"/>
        <source>When the family could not be reached no area can be confirmed; record what was tried in the notes.</source>
        <translation>Pan nad oedd modd cael gafael ar y teulu, does dim modd cadarnhau unrhyw faes; cofnodwch beth a geisiwyd yn y nodiadau.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2394"/>
        <source>An NHS number can only contain digits, spaces and hyphens.</source>
        <translation>Dim ond digidau, bylchau a chysylltnodau all fod mewn rhif GIG.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2396"/>
        <source>This is not a valid NHS number; please check it was typed correctly.</source>
        <translation>Nid yw hwn yn rhif GIG dilys; gwiriwch ei fod wedi&apos;i deipio&apos;n gywir.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2398"/>
        <source>This NHS number&apos;s last digit does not match the others; please check it was typed correctly.</source>
        <translation>Dydy digid olaf y rhif GIG hwn ddim yn cyfateb i&apos;r lleill; gwiriwch ei fod wedi&apos;i deipio&apos;n gywir.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2400"/>
        <source>After its first letter, a Unique Pupil Number has 11 digits and then a digit or a letter; the letters I, O and S are never used.</source>
        <translation>Ar ôl ei lythyren gyntaf, mae gan Rif Disgybl Unigryw 11 digid ac yna ddigid neu lythyren; dydy&apos;r llythrennau I, O ac S byth yn cael eu defnyddio.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2402"/>
        <source>This Unique Pupil Number&apos;s first letter does not match the rest; please check it.</source>
        <translation>Dydy llythyren gyntaf y Rhif Disgybl Unigryw hwn ddim yn cyfateb i&apos;r gweddill; gwiriwch ef.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2404"/>
        <source>This does not look like a UK postcode (for example SW1A 1AA).</source>
        <translation>Dydy hwn ddim yn edrych fel cod post yn y DU (er enghraifft SW1A 1AA).</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2406"/>
        <source>A phone number can only contain digits, spaces, hyphens and brackets, with a + only at the start.</source>
        <translation>Dim ond digidau, bylchau, cysylltnodau a chromfachau all fod mewn rhif ffôn, gyda + ar y dechrau yn unig.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2408"/>
        <source>A UK phone number starts with 0 or +44.</source>
        <translation>Mae rhif ffôn yn y DU yn dechrau gyda 0 neu +44.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2410"/>
        <source>This does not look like a UK phone number; please check it.</source>
        <translation>Dydy hwn ddim yn edrych fel rhif ffôn yn y DU; gwiriwch ef.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2412"/>
        <source>Please enter an email address, for example name@example.org.</source>
        <translation>Rhowch gyfeiriad e-bost, er enghraifft enw@example.org.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2414"/>
        <source>An email address cannot contain spaces.</source>
        <translation>Ni all cyfeiriad e-bost gynnwys bylchau.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2416"/>
        <source>An email address needs exactly one @ sign.</source>
        <translation>Mae angen un arwydd @ yn union mewn cyfeiriad e-bost.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2418"/>
        <source>An email address needs a name before the @ sign.</source>
        <translation>Mae angen enw cyn yr arwydd @ mewn cyfeiriad e-bost.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2420"/>
        <source>The part of an email address after the @ sign should be a domain such as example.org.</source>
        <translation>Dylai&apos;r rhan o gyfeiriad e-bost ar ôl yr arwydd @ fod yn barth fel example.org.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2422"/>
        <source>This looks like a phone number from outside the UK; please enter a UK number starting with 0 or +44.</source>
        <translation>Mae hwn yn edrych fel rhif ffôn o&apos;r tu allan i&apos;r DU; rhowch rif yn y DU sy&apos;n dechrau gyda 0 neu +44.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2424"/>
        <source>Progress was recorded for an action that is not in the plan reviewed.</source>
        <translation>Cofnodwyd cynnydd ar gyfer cam gweithredu nad yw yn y cynllun a adolygwyd.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2426"/>
        <source>Two outcomes or two actions have the same id.</source>
        <translation>Mae gan ddau ganlyniad neu ddau gam gweithredu yr un id.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2428"/>
        <source>The next review must be after this one.</source>
        <translation>Rhaid i&apos;r adolygiad nesaf fod ar ôl hwn.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2430"/>
        <source>An action&apos;s progress is recorded twice.</source>
        <translation>Mae cynnydd cam gweithredu wedi&apos;i gofnodi ddwywaith.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2432"/>
        <source>Record at least one person who attended.</source>
        <translation>Cofnodwch o leiaf un person a oedd yn bresennol.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2434"/>
        <source>The first reading should be due before the first review.</source>
        <translation>Dylai&apos;r darlleniad cyntaf fod cyn yr adolygiad cyntaf.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2436"/>
        <source>An alert cannot end before it started.</source>
        <translation>Does dim modd i rybudd ddod i ben cyn iddo ddechrau.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2438"/>
        <source>A person is named twice.</source>
        <translation>Mae person wedi&apos;i enwi ddwywaith.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2440"/>
        <source>Say what kind of alert this is.</source>
        <translation>Dywedwch pa fath o rybudd yw hwn.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2442"/>
        <source>Choose the type of information this alert is.</source>
        <translation>Dewiswch y math o wybodaeth yw&apos;r rhybudd hwn.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2444"/>
        <source>The caseload cap must hold at least one family of every tier.</source>
        <translation>Rhaid i&apos;r uchafswm ddal o leiaf un teulu o bob haen.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2446"/>
        <source>the settings are not an object</source>
        <translation>nid yw&apos;r gosodiadau&apos;n wrthrych</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2448"/>
        <source>The next supervision must be after this one.</source>
        <translation>Rhaid i&apos;r sesiwn nesaf fod ar ôl yr un hon.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2450"/>
        <source>Each family is discussed once in a session.</source>
        <translation>Caiff pob teulu ei drafod unwaith mewn sesiwn.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2452"/>
        <source>An action cannot be due before the supervision it came from.</source>
        <translation>All cam gweithredu ddim bod i fod cyn y sesiwn goruchwylio y daeth ohoni.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2454"/>
        <source>cannot be in the future.</source>
        <translation>ni all fod yn y dyfodol.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2456"/>
        <source>The decision cannot come before the referral was received.</source>
        <translation>Ni all y penderfyniad ddod cyn i&apos;r atgyfeiriad gael ei dderbyn.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2458"/>
        <source>Give the date the decision was made.</source>
        <translation>Rhowch y dyddiad y gwnaed y penderfyniad.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2460"/>
        <source>The referrer cannot be told before the referral was received.</source>
        <translation>Does dim modd dweud wrth yr atgyfeiriwr cyn i&apos;r atgyfeiriad ddod i law.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2462"/>
        <source>A step up or step down needs a reason.</source>
        <translation>Mae angen rheswm dros gamu i fyny neu i lawr.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2464"/>
        <source>A step up or step down needs the tier it came from.</source>
        <translation>Mae angen yr haen y daeth ohoni ar gyfer camu i fyny neu i lawr.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2466"/>
        <source>A step up must move to a higher tier.</source>
        <translation>Rhaid i gamu i fyny symud i haen uwch.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="2468"/>
        <source>A step down must move to a lower tier.</source>
        <translation>Rhaid i gamu i lawr symud i haen is.</translation>
    </message>
</context>
</TS>
