<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB" sourcelanguage="en_GB">
<context>
    <name>AddWorkerDialog</name>
    <message>
        <location filename="../gui/admin/workers.py" line="56"/>
        <source>Add a worker</source>
        <translation>Ychwanegu gweithiwr</translation>
    </message>
    <message>
        <location filename="../gui/admin/workers.py" line="61"/>
        <source>The worker signs in with this user name and password, and should change the password (File ▸ Change my password) the first time.</source>
        <translation>Mae&apos;r gweithiwr yn mewngofnodi gyda&apos;r enw defnyddiwr a&apos;r cyfrinair hwn. Dylai newid y cyfrinair (Ffeil ▸ Newid fy nghyfrinair) y tro cyntaf.</translation>
    </message>
    <message>
        <location filename="../gui/admin/workers.py" line="66"/>
        <source>&amp;Name</source>
        <translation>&amp;Enw</translation>
    </message>
    <message>
        <location filename="../gui/admin/workers.py" line="67"/>
        <source>e.g. Priya Shah</source>
        <translation>e.e. Priya Shah</translation>
    </message>
    <message>
        <location filename="../gui/admin/workers.py" line="70"/>
        <source>&amp;User name</source>
        <translation>Enw &amp;defnyddiwr</translation>
    </message>
    <message>
        <location filename="../gui/admin/workers.py" line="73"/>
        <source>What they type to sign in, e.g. pshah (no spaces).</source>
        <translation>Beth maen nhw&apos;n ei deipio i fewngofnodi, e.e. pshah (dim bylchau).</translation>
    </message>
    <message>
        <location filename="../gui/admin/workers.py" line="77"/>
        <source>&amp;Role</source>
        <translation>&amp;Rôl</translation>
    </message>
    <message>
        <location filename="../gui/admin/workers.py" line="85"/>
        <source>Initial &amp;password</source>
        <translation>&amp;Cyfrinair cyntaf</translation>
    </message>
    <message>
        <location filename="../gui/admin/workers.py" line="88"/>
        <source>At least {n} characters.</source>
        <translation>O leiaf {n} nod.</translation>
    </message>
    <message>
        <location filename="../gui/admin/workers.py" line="90"/>
        <source>Initial password a&amp;gain</source>
        <translation>Cyfrinair cyntaf &amp;unwaith eto</translation>
    </message>
    <message>
        <location filename="../gui/admin/workers.py" line="91"/>
        <source>&amp;Add worker</source>
        <translation>&amp;Ychwanegu&apos;r gweithiwr</translation>
    </message>
    <message>
        <location filename="../gui/admin/workers.py" line="92"/>
        <source>Add worker</source>
        <translation>Ychwanegu&apos;r gweithiwr</translation>
    </message>
    <message>
        <location filename="../gui/admin/workers.py" line="98"/>
        <source>New worker {name}</source>
        <translation>Gweithiwr newydd {name}</translation>
    </message>
    <message>
        <location filename="../gui/admin/workers.py" line="105"/>
        <source>A worker is only added when you press Add worker.</source>
        <translation>Dim ond pan fyddwch chi&apos;n pwyso Ychwanegu&apos;r gweithiwr y caiff gweithiwr ei ychwanegu.</translation>
    </message>
    <message>
        <location filename="../gui/admin/workers.py" line="129"/>
        <source>The two passwords are different.</source>
        <translation>Nid yw&apos;r ddau gyfrinair yr un fath.</translation>
    </message>
    <message>
        <location filename="../gui/admin/workers.py" line="145"/>
        <source>A user name can only use lower-case letters, digits, dots, hyphens and underscores (no spaces), and starts with a letter or digit.</source>
        <translation>Dim ond llythrennau bach, rhifau, atalnodau llawn, cysylltnodau a thanlinellau y gall enw defnyddiwr eu defnyddio (dim bylchau), ac mae&apos;n dechrau gyda llythyren neu rif.</translation>
    </message>
</context>
<context>
    <name>AdminActions</name>
    <message>
        <location filename="../gui/admin/actions.py" line="63"/>
        <source>Password changed</source>
        <translation>Cyfrinair wedi&apos;i newid</translation>
    </message>
    <message>
        <location filename="../gui/admin/actions.py" line="64"/>
        <source>Your password has been changed. Use the new one from now on.</source>
        <translation>Mae eich cyfrinair wedi&apos;i newid. Defnyddiwch yr un newydd o hyn ymlaen.</translation>
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
        <location filename="../gui/session/first_run.py" line="103"/>
        <source>Your administrator account</source>
        <translation>Eich cyfrif gweinyddwr</translation>
    </message>
    <message>
        <location filename="../gui/session/first_run.py" line="106"/>
        <source>An administrator adds and removes workers. To keep families&apos; details private, an administrator cannot open family files.</source>
        <translation>Mae gweinyddwr yn ychwanegu ac yn tynnu gweithwyr. Er mwyn cadw manylion teuluoedd yn breifat, ni all gweinyddwr agor ffeiliau teulu.</translation>
    </message>
    <message>
        <location filename="../gui/session/first_run.py" line="114"/>
        <source>Your &amp;full name</source>
        <translation>Eich enw &amp;llawn</translation>
    </message>
    <message>
        <location filename="../gui/session/first_run.py" line="116"/>
        <source>&amp;User name</source>
        <translation>Enw &amp;defnyddiwr</translation>
    </message>
    <message>
        <location filename="../gui/session/first_run.py" line="119"/>
        <source>What you type to sign in: lower-case letters, digits, dots or dashes.</source>
        <translation>Beth rydych chi&apos;n ei deipio i fewngofnodi: llythrennau bach, rhifau, atalnodau llawn neu gysylltnodau.</translation>
    </message>
    <message>
        <location filename="../gui/session/first_run.py" line="122"/>
        <source>&amp;Password</source>
        <translation>&amp;Cyfrinair</translation>
    </message>
    <message>
        <location filename="../gui/session/first_run.py" line="126"/>
        <source>At least {n} characters. A short phrase of several words is easiest to remember and hard to guess.</source>
        <translation>O leiaf {n} nod. Ymadrodd byr o sawl gair yw&apos;r hawsaf i&apos;w gofio a&apos;r anoddaf i&apos;w ddyfalu.</translation>
    </message>
    <message>
        <location filename="../gui/session/first_run.py" line="130"/>
        <source>&amp;Confirm password</source>
        <translation>Cadarnhau&apos;r c&amp;yfrinair</translation>
    </message>
    <message>
        <location filename="../gui/session/first_run.py" line="167"/>
        <source>The two passwords are different.</source>
        <translation>Nid yw&apos;r ddau gyfrinair yr un fath.</translation>
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
        <location filename="../gui/family_file/agencies/agency_dialog.py" line="38"/>
        <source>Add an agency</source>
        <translation>Ychwanegu asiantaeth</translation>
    </message>
    <message>
        <location filename="../gui/family_file/agencies/agency_dialog.py" line="40"/>
        <source>Edit {agency}</source>
        <translation>Golygu {agency}</translation>
    </message>
    <message>
        <location filename="../gui/family_file/agencies/agency_dialog.py" line="48"/>
        <source>&amp;Agency</source>
        <translation>&amp;Asiantaeth</translation>
    </message>
    <message>
        <location filename="../gui/family_file/agencies/agency_dialog.py" line="49"/>
        <source>e.g. Demoford Primary School</source>
        <translation>e.e. Ysgol Gynradd Demoford</translation>
    </message>
    <message>
        <location filename="../gui/family_file/agencies/agency_dialog.py" line="51"/>
        <source>&amp;Type of agency</source>
        <translation>&amp;Math o asiantaeth</translation>
    </message>
    <message>
        <location filename="../gui/family_file/agencies/agency_dialog.py" line="56"/>
        <source>&amp;What they do with the family</source>
        <translation>Beth maen nhw&apos;n ei &amp;wneud gyda&apos;r teulu</translation>
    </message>
    <message>
        <location filename="../gui/family_file/agencies/agency_dialog.py" line="63"/>
        <source>&amp;Family members involved</source>
        <translation>Aelodau&apos;r &amp;teulu dan sylw</translation>
    </message>
    <message>
        <location filename="../gui/family_file/agencies/agency_dialog.py" line="68"/>
        <source>Part of the Team Around the Famil&amp;y</source>
        <translation>Yn rhan o&apos;r Tîm o Amgylch y Teul&amp;u</translation>
    </message>
    <message>
        <location filename="../gui/family_file/agencies/agency_dialog.py" line="72"/>
        <source>&amp;Involved since</source>
        <translation>Yn rhan o&apos;r gwaith e&amp;rs</translation>
    </message>
    <message>
        <location filename="../gui/family_file/agencies/agency_dialog.py" line="73"/>
        <source>Involvement &amp;ended</source>
        <translation>Daeth y gwaith i &amp;ben</translation>
    </message>
    <message>
        <location filename="../gui/family_file/agencies/agency_dialog.py" line="74"/>
        <source>Practitioner</source>
        <translation>Ymarferydd</translation>
    </message>
    <message>
        <location filename="../gui/family_file/agencies/agency_dialog.py" line="75"/>
        <source>&amp;Name</source>
        <translation>&amp;Enw</translation>
    </message>
    <message>
        <location filename="../gui/family_file/agencies/agency_dialog.py" line="76"/>
        <source>&amp;Job title</source>
        <translation>Te&amp;itl swydd</translation>
    </message>
    <message>
        <location filename="../gui/family_file/agencies/agency_dialog.py" line="77"/>
        <source>&amp;Phone</source>
        <translation>&amp;Ffôn</translation>
    </message>
    <message>
        <location filename="../gui/family_file/agencies/agency_dialog.py" line="78"/>
        <source>E&amp;mail</source>
        <translation>E-bo&amp;st</translation>
    </message>
    <message>
        <location filename="../gui/family_file/agencies/agency_dialog.py" line="103"/>
        <source>Agency: {name}</source>
        <translation>Asiantaeth: {name}</translation>
    </message>
    <message>
        <location filename="../gui/family_file/agencies/agency_dialog.py" line="103"/>
        <source>no name</source>
        <translation>dim enw</translation>
    </message>
</context>
<context>
    <name>AllocateDialog</name>
    <message>
        <location filename="../gui/team/allocate_dialog.py" line="38"/>
        <source>Change the lead professional</source>
        <translation>Newid y gweithiwr proffesiynol arweiniol</translation>
    </message>
    <message>
        <location filename="../gui/team/allocate_dialog.py" line="40"/>
        <source>Allocate a lead professional</source>
        <translation>Dyrannu gweithiwr proffesiynol arweiniol</translation>
    </message>
    <message>
        <location filename="../gui/team/allocate_dialog.py" line="50"/>
        <source>{family}. Lead professional now: {lead}.</source>
        <translation>{family}. Gweithiwr proffesiynol arweiniol nawr: {lead}.</translation>
    </message>
    <message>
        <location filename="../gui/team/allocate_dialog.py" line="51"/>
        <source>nobody</source>
        <translation>neb</translation>
    </message>
    <message>
        <location filename="../gui/team/allocate_dialog.py" line="64"/>
        <source>&amp;Lead professional</source>
        <translation>Gweithiwr proffesiynol &amp;arweiniol</translation>
    </message>
    <message>
        <location filename="../gui/team/allocate_dialog.py" line="65"/>
        <source>&amp;Reason</source>
        <translation>&amp;Rheswm</translation>
    </message>
    <message>
        <location filename="../gui/team/allocate_dialog.py" line="68"/>
        <source>e.g. knows the school; capacity; family asked for a change</source>
        <translation>e.e. yn adnabod yr ysgol; capasiti; y teulu wedi gofyn am newid</translation>
    </message>
    <message>
        <location filename="../gui/team/allocate_dialog.py" line="72"/>
        <source>They will be able to open this family&apos;s file from their next sign-in. The previous lead professional loses access unless they lead the team.</source>
        <translation>Byddan nhw&apos;n gallu agor ffeil y teulu hwn y tro nesaf y byddan nhw&apos;n mewngofnodi. Mae&apos;r gweithiwr proffesiynol arweiniol blaenorol yn colli mynediad oni bai ei fod yn arwain y tîm.</translation>
    </message>
    <message>
        <location filename="../gui/team/allocate_dialog.py" line="76"/>
        <source>They will be able to open this family&apos;s file from their next sign-in.</source>
        <translation>Byddan nhw&apos;n gallu agor ffeil y teulu hwn y tro nesaf y byddan nhw&apos;n mewngofnodi.</translation>
    </message>
    <message>
        <location filename="../gui/team/allocate_dialog.py" line="81"/>
        <source>&amp;Allocate</source>
        <translation>&amp;Dyrannu</translation>
    </message>
    <message>
        <location filename="../gui/team/allocate_dialog.py" line="88"/>
        <source>Allocation of {family}</source>
        <translation>Dyrannu {family}</translation>
    </message>
</context>
<context>
    <name>AppShortcuts</name>
    <message>
        <location filename="more_messages.py" line="68"/>
        <source>Lock FamilyCase (from any window or dialog)</source>
        <translation>Cloi FamilyCase (o unrhyw ffenestr neu ddeialog)</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="70"/>
        <source>Find a family (from any window or dialog)</source>
        <translation>Dod o hyd i deulu (o unrhyw ffenestr neu ddeialog)</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="72"/>
        <source>This list of keys</source>
        <translation>Y rhestr hon o fysellau</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="74"/>
        <source>New family (main window)</source>
        <translation>Teulu newydd (y brif ffenestr)</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="76"/>
        <source>Switch list (main window)</source>
        <translation>Newid rhestr (y brif ffenestr)</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="78"/>
        <source>Go to a section of the family file</source>
        <translation>Mynd i adran o ffeil y teulu</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="80"/>
        <source>Close the family file</source>
        <translation>Cau ffeil y teulu</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="82"/>
        <source>Read the list or the family file again</source>
        <translation>Darllen y rhestr neu ffeil y teulu eto</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="84"/>
        <source>Alt + underlined letter</source>
        <translation>Alt + y llythyren â llinell oddi tani</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="86"/>
        <source>Go to that field or button</source>
        <translation>Mynd i&apos;r maes neu&apos;r botwm hwnnw</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="88"/>
        <source>Next / previous field</source>
        <translation>Y maes nesaf / blaenorol</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="90"/>
        <source>Save a form or a contact note</source>
        <translation>Cadw ffurflen neu nodyn cyswllt</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="92"/>
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
        <location filename="more_messages.py" line="326"/>
        <source>Sections</source>
        <translation>Adrannau</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="328"/>
        <source>Questions marked * must be answered before the form is complete.</source>
        <translation>Rhaid ateb y cwestiynau sydd â * cyn bod y ffurflen yn gyflawn.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="330"/>
        <source>&amp;Save draft</source>
        <translation>&amp;Cadw&apos;r drafft</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="332"/>
        <source>Mark as &amp;complete</source>
        <translation>Marcio&apos;n &amp;gyflawn</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="334"/>
        <source>someone no longer in the family file</source>
        <translation>rhywun nad yw yn ffeil y teulu mwyach</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="336"/>
        <source>Who contributed</source>
        <translation>Pwy gyfrannodd</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="338"/>
        <source>e.g. Demoford Primary School, health visitor</source>
        <translation>e.e. Ysgol Gynradd Demoford, ymwelydd iechyd</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="340"/>
        <source>Other agencies that contributed</source>
        <translation>Asiantaethau eraill a gyfrannodd</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="342"/>
        <source>Nobody in this assessment is in this part of the form.</source>
        <translation>Does neb yn yr asesiad hwn yn y rhan hon o&apos;r ffurflen.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="344"/>
        <source>1 question needs attention.</source>
        <translation>Mae angen sylw ar 1 cwestiwn.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="346"/>
        <source>Other agencies that contributed (separate with commas)</source>
        <translation>Asiantaethau eraill a gyfrannodd (rhowch goma rhyngddyn nhw)</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="348"/>
        <source>Required</source>
        <translation>Rhaid ateb</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="350"/>
        <source>{status} — about {people} — version {version}</source>
        <translation>{status} — am {people} — fersiwn {version}</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="352"/>
        <source>{n} questions need attention.</source>
        <translation>Mae angen sylw ar {n} o gwestiynau.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="354"/>
        <source>This {message}</source>
        <translation>Mae hwn: {message}</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="356"/>
        <source>About {name}</source>
        <translation>Am {name}</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="358"/>
        <source>Not answered</source>
        <translation>Heb ei ateb</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="360"/>
        <source>Yes</source>
        <translation>Ie</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="362"/>
        <source>No</source>
        <translation>Na</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="364"/>
        <source>what is going well</source>
        <translation>beth sy&apos;n mynd yn dda</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="366"/>
        <source>what needs to change</source>
        <translation>beth sydd angen newid</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="368"/>
        <source>What is going well</source>
        <translation>Beth sy&apos;n mynd yn dda</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="370"/>
        <source>What needs to change</source>
        <translation>Beth sydd angen newid</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="372"/>
        <source>Who told us:</source>
        <translation>Pwy ddwedodd wrthon ni:</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="374"/>
        <source>told us: </source>
        <translation>wedi dweud wrthon ni: </translation>
    </message>
    <message>
        <location filename="more_messages.py" line="376"/>
        <source>We see this differently</source>
        <translation>Rydyn ni&apos;n gweld hyn yn wahanol</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="378"/>
        <source>not given</source>
        <translation>heb ei roi</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="380"/>
        <source>Family&apos;s score</source>
        <translation>Sgôr y teulu</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="382"/>
        <source>How the family sees it</source>
        <translation>Sut mae&apos;r teulu&apos;n ei weld</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="384"/>
        <source>Worker&apos;s score</source>
        <translation>Sgôr y gweithiwr</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="386"/>
        <source>How the worker sees it</source>
        <translation>Sut mae&apos;r gweithiwr yn ei weld</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="388"/>
        <source>Not scored yet.</source>
        <translation>Dim sgôr eto.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="906"/>
        <source>Worker</source>
        <translation>Gweithiwr</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="908"/>
        <source>Parent or carer</source>
        <translation>Rhiant neu ofalwr</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="910"/>
        <source>Child or young person</source>
        <translation>Plentyn neu berson ifanc</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="912"/>
        <source>Other family member</source>
        <translation>Aelod arall o&apos;r teulu</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="914"/>
        <source>Another agency</source>
        <translation>Asiantaeth arall</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="916"/>
        <source>Draft</source>
        <translation>Drafft</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="918"/>
        <source>Complete</source>
        <translation>Cyflawn</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="920"/>
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
        <location filename="more_messages.py" line="394"/>
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
        <location filename="more_messages.py" line="390"/>
        <source>Draft</source>
        <translation>Drafft</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="392"/>
        <source>Complete</source>
        <translation>Cyflawn</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="396"/>
        <source>The household ({n} people)</source>
        <translation>Yr aelwyd ({n} o bobl)</translation>
    </message>
</context>
<context>
    <name>AuditWindow</name>
    <message>
        <location filename="../gui/admin/audit.py" line="178"/>
        <source>Audit log – FamilyCase</source>
        <translation>Log archwilio – FamilyCase</translation>
    </message>
    <message>
        <location filename="../gui/admin/audit.py" line="191"/>
        <source>Anyone</source>
        <translation>Unrhyw un</translation>
    </message>
    <message>
        <location filename="../gui/admin/audit.py" line="193"/>
        <source>e.g. FC-000123</source>
        <translation>e.e. FC-000123</translation>
    </message>
    <message>
        <location filename="../gui/admin/audit.py" line="195"/>
        <source>Any action</source>
        <translation>Unrhyw weithred</translation>
    </message>
    <message>
        <location filename="../gui/admin/audit.py" line="205"/>
        <source>&amp;Worker</source>
        <translation>&amp;Gweithiwr</translation>
    </message>
    <message>
        <location filename="../gui/admin/audit.py" line="206"/>
        <source>&amp;Family reference</source>
        <translation>Cyfeirnod y &amp;teulu</translation>
    </message>
    <message>
        <location filename="../gui/admin/audit.py" line="207"/>
        <source>A&amp;ction</source>
        <translation>Gweith&amp;red</translation>
    </message>
    <message>
        <location filename="../gui/admin/audit.py" line="208"/>
        <source>Fro&amp;m</source>
        <translation>&amp;O ddyddiad</translation>
    </message>
    <message>
        <location filename="../gui/admin/audit.py" line="209"/>
        <source>&amp;To</source>
        <translation>&amp;Hyd at</translation>
    </message>
    <message>
        <location filename="../gui/admin/audit.py" line="217"/>
        <source>&amp;Show entries</source>
        <translation>&amp;Dangos y cofnodion</translation>
    </message>
    <message>
        <location filename="../gui/admin/audit.py" line="219"/>
        <source>C&amp;lear filters</source>
        <translation>C&amp;lirio&apos;r hidlwyr</translation>
    </message>
    <message>
        <location filename="../gui/admin/audit.py" line="230"/>
        <source>Time</source>
        <translation>Amser</translation>
    </message>
    <message>
        <location filename="../gui/admin/audit.py" line="231"/>
        <source>Worker</source>
        <translation>Gweithiwr</translation>
    </message>
    <message>
        <location filename="../gui/admin/audit.py" line="232"/>
        <source>Action</source>
        <translation>Gweithred</translation>
    </message>
    <message>
        <location filename="../gui/admin/audit.py" line="233"/>
        <source>What</source>
        <translation>Beth</translation>
    </message>
    <message>
        <location filename="../gui/admin/audit.py" line="234"/>
        <source>Details</source>
        <translation>Manylion</translation>
    </message>
    <message>
        <location filename="../gui/admin/audit.py" line="237"/>
        <source>Audit entries</source>
        <translation>Cofnodion archwilio</translation>
    </message>
    <message>
        <location filename="../gui/admin/audit.py" line="240"/>
        <source>&amp;Export as CSV…</source>
        <translation>&amp;Allforio fel CSV…</translation>
    </message>
    <message>
        <location filename="../gui/admin/audit.py" line="242"/>
        <source>Save the entries shown as a CSV file (it leaves the encrypted vault)</source>
        <translation>Cadw&apos;r cofnodion sydd i&apos;w gweld fel ffeil CSV (mae&apos;n gadael y gladdgell wedi&apos;i hamgryptio)</translation>
    </message>
    <message>
        <location filename="../gui/admin/audit.py" line="245"/>
        <source>Check the audit chain and &amp;records</source>
        <translation>Gwirio&apos;r gadwyn archwilio a&apos;r &amp;cofnodion</translation>
    </message>
    <message>
        <location filename="../gui/admin/audit.py" line="247"/>
        <source>Check that nothing in the audit log or the family files has been altered</source>
        <translation>Gwirio nad oes dim yn y log archwilio nac yn ffeiliau&apos;r teuluoedd wedi&apos;i newid</translation>
    </message>
    <message>
        <location filename="../gui/admin/audit.py" line="251"/>
        <source>Result of the check</source>
        <translation>Canlyniad y gwiriad</translation>
    </message>
    <message>
        <location filename="../gui/admin/audit.py" line="253"/>
        <source>The result of the check appears here; it can take a minute.</source>
        <translation>Mae canlyniad y gwiriad yn ymddangos yma; gall gymryd munud.</translation>
    </message>
    <message>
        <location filename="../gui/admin/audit.py" line="265"/>
        <source>Details of the selected entry</source>
        <translation>Manylion y cofnod a ddewiswyd</translation>
    </message>
    <message>
        <location filename="../gui/admin/audit.py" line="273"/>
        <location filename="../gui/admin/audit.py" line="308"/>
        <source>Audit log</source>
        <translation>Log archwilio</translation>
    </message>
    <message>
        <location filename="../gui/admin/audit.py" line="276"/>
        <source>Family</source>
        <translation>Teulu</translation>
    </message>
    <message>
        <location filename="../gui/admin/audit.py" line="277"/>
        <source>Decided</source>
        <translation>Penderfynwyd</translation>
    </message>
    <message>
        <location filename="../gui/admin/audit.py" line="278"/>
        <source>Agency</source>
        <translation>Asiantaeth</translation>
    </message>
    <message>
        <location filename="../gui/admin/audit.py" line="279"/>
        <source>Purpose</source>
        <translation>Diben</translation>
    </message>
    <message>
        <location filename="../gui/admin/audit.py" line="280"/>
        <source>Information</source>
        <translation>Gwybodaeth</translation>
    </message>
    <message>
        <location filename="../gui/admin/audit.py" line="281"/>
        <source>Reason</source>
        <translation>Rheswm</translation>
    </message>
    <message>
        <location filename="../gui/admin/audit.py" line="282"/>
        <source>Lawful basis</source>
        <translation>Sail gyfreithlon</translation>
    </message>
    <message>
        <location filename="../gui/admin/audit.py" line="283"/>
        <source>Decided by</source>
        <translation>Penderfynwyd gan</translation>
    </message>
    <message>
        <location filename="../gui/admin/audit.py" line="284"/>
        <source>Applies until</source>
        <translation>Yn berthnasol tan</translation>
    </message>
    <message>
        <location filename="../gui/admin/audit.py" line="287"/>
        <source>Sharing without consent in the team</source>
        <translation>Rhannu heb ganiatâd yn y tîm</translation>
    </message>
    <message>
        <location filename="../gui/admin/audit.py" line="295"/>
        <source>Every decision in your team&apos;s families to share information without consent, newest first.</source>
        <translation>Pob penderfyniad yn nheuluoedd eich tîm i rannu gwybodaeth heb ganiatâd, y diweddaraf yn gyntaf.</translation>
    </message>
    <message>
        <location filename="../gui/admin/audit.py" line="303"/>
        <source>Sharing without consent</source>
        <translation>Rhannu heb ganiatâd</translation>
    </message>
    <message>
        <location filename="../gui/admin/audit.py" line="358"/>
        <source>Sharing without consent ({n})</source>
        <translation>Rhannu heb ganiatâd ({n})</translation>
    </message>
    <message>
        <location filename="../gui/admin/audit.py" line="365"/>
        <source>From</source>
        <translation>O</translation>
    </message>
    <message>
        <location filename="../gui/admin/audit.py" line="365"/>
        <source>To</source>
        <translation>I</translation>
    </message>
    <message>
        <location filename="../gui/admin/audit.py" line="368"/>
        <source>{name} is not a date we recognise (use 25/11/2026).</source>
        <translation>Nid yw {name} yn ddyddiad rydyn ni&apos;n ei adnabod (defnyddiwch 25/11/2026).</translation>
    </message>
    <message>
        <location filename="../gui/admin/audit.py" line="374"/>
        <source>The &apos;To&apos; date is before the &apos;From&apos; date.</source>
        <translation>Mae&apos;r dyddiad &apos;Hyd at&apos; cyn y dyddiad &apos;O ddyddiad&apos;.</translation>
    </message>
    <message>
        <location filename="../gui/admin/audit.py" line="418"/>
        <source>(nobody signed in)</source>
        <translation>(neb wedi mewngofnodi)</translation>
    </message>
    <message>
        <location filename="../gui/admin/audit.py" line="427"/>
        <source>{n} entries, newest first</source>
        <translation>{n} o gofnodion, y diweddaraf yn gyntaf</translation>
    </message>
    <message>
        <location filename="../gui/admin/audit.py" line="429"/>
        <source> (only the newest {n} are shown: narrow the filters)</source>
        <translation> (dim ond y {n} diweddaraf sydd i&apos;w gweld: culhewch yr hidlwyr)</translation>
    </message>
    <message>
        <location filename="../gui/admin/audit.py" line="449"/>
        <source>Export the audit log</source>
        <translation>Allforio&apos;r log archwilio</translation>
    </message>
    <message>
        <location filename="../gui/admin/audit.py" line="451"/>
        <source>The {n} entries shown will be saved as a CSV file outside the encrypted vault. Anyone who can open the file can read who looked at which family. The export itself is recorded in the audit log.</source>
        <translation>Bydd y {n} o gofnodion sydd i&apos;w gweld yn cael eu cadw fel ffeil CSV y tu allan i&apos;r gladdgell wedi&apos;i hamgryptio. Gall unrhyw un sy&apos;n gallu agor y ffeil weld pwy edrychodd ar ba deulu. Mae&apos;r allforio ei hun yn cael ei gofnodi yn y log archwilio.</translation>
    </message>
    <message>
        <location filename="../gui/admin/audit.py" line="457"/>
        <source>Choose where to save</source>
        <translation>Dewis ble i gadw</translation>
    </message>
    <message>
        <location filename="../gui/admin/audit.py" line="458"/>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <location filename="../gui/admin/audit.py" line="472"/>
        <source>Save the audit log as CSV</source>
        <translation>Cadw&apos;r log archwilio fel CSV</translation>
    </message>
    <message>
        <location filename="../gui/admin/audit.py" line="474"/>
        <source>CSV files (*.csv)</source>
        <translation>Ffeiliau CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../gui/admin/audit.py" line="493"/>
        <source>Audit log exported</source>
        <translation>Log archwilio wedi&apos;i allforio</translation>
    </message>
    <message>
        <location filename="../gui/admin/audit.py" line="495"/>
        <source>Saved to {path} (not encrypted). Delete it when it is no longer needed.</source>
        <translation>Wedi&apos;i gadw yn {path} (heb ei amgryptio). Dilëwch y ffeil pan nad oes ei hangen mwyach.</translation>
    </message>
    <message>
        <location filename="../gui/admin/audit.py" line="502"/>
        <source>Checking… this can take a minute.</source>
        <translation>Wrthi&apos;n gwirio… gall hyn gymryd munud.</translation>
    </message>
    <message>
        <location filename="../gui/admin/audit.py" line="515"/>
        <source>Nothing has been altered.</source>
        <translation>Does dim wedi&apos;i newid.</translation>
    </message>
    <message>
        <location filename="../gui/admin/audit.py" line="517"/>
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
        <source>T&amp;ier</source>
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
        <location filename="../gui/caseload/model.py" line="82"/>
        <source>Reference</source>
        <translation>Cyfeirnod</translation>
    </message>
    <message>
        <location filename="../gui/caseload/model.py" line="83"/>
        <source>Family</source>
        <translation>Teulu</translation>
    </message>
    <message>
        <location filename="../gui/caseload/model.py" line="84"/>
        <source>Lead
professional</source>
        <translation>Gweithiwr
arweiniol</translation>
    </message>
    <message>
        <location filename="../gui/caseload/model.py" line="85"/>
        <source>Tier</source>
        <translation>Haen</translation>
    </message>
    <message>
        <location filename="../gui/caseload/model.py" line="86"/>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <location filename="../gui/caseload/model.py" line="87"/>
        <source>Next review</source>
        <translation>Adolygiad nesaf</translation>
    </message>
    <message>
        <location filename="../gui/caseload/model.py" line="88"/>
        <source>Consent</source>
        <translation>Caniatâd</translation>
    </message>
    <message>
        <location filename="../gui/caseload/model.py" line="89"/>
        <source>Days since
contact</source>
        <translation>Diwrnodau ers
cyswllt</translation>
    </message>
    <message>
        <location filename="../gui/caseload/model.py" line="90"/>
        <source>Members</source>
        <translation>Aelodau</translation>
    </message>
    <message>
        <location filename="../gui/caseload/model.py" line="166"/>
        <source>Consent to share information with other agencies</source>
        <translation>Caniatâd i rannu gwybodaeth ag asiantaethau eraill</translation>
    </message>
    <message>
        <location filename="../gui/caseload/model.py" line="194"/>
        <source>{date} – overdue</source>
        <translation>{date} – yn hwyr</translation>
    </message>
    <message>
        <location filename="../gui/caseload/model.py" line="217"/>
        <source>{family} · {members}</source>
        <translation>{family} · {members}</translation>
    </message>
    <message>
        <location filename="../gui/caseload/model.py" line="221"/>
        <source>Not allocated</source>
        <translation>Heb ei ddyrannu</translation>
    </message>
    <message>
        <location filename="../gui/caseload/model.py" line="232"/>
        <source>Not booked</source>
        <translation>Heb ei drefnu</translation>
    </message>
    <message>
        <location filename="../gui/caseload/model.py" line="197"/>
        <source>No contact yet</source>
        <translation>Dim cyswllt eto</translation>
    </message>
    <message>
        <location filename="../gui/caseload/model.py" line="200"/>
        <source>{n} – overdue</source>
        <translation>{n} – yn hwyr</translation>
    </message>
    <message>
        <location filename="../gui/caseload/model.py" line="335"/>
        <source>No consent to share has been recorded for anyone in this family.</source>
        <translation>Does dim caniatâd i rannu wedi&apos;i gofnodi i neb yn y teulu hwn.</translation>
    </message>
    <message>
        <location filename="../gui/caseload/model.py" line="340"/>
        <source>This family&apos;s list entry failed its integrity check. Ask an administrator to run &apos;familycase verify&apos;.</source>
        <translation>Methodd cofnod y teulu hwn yn y rhestr ei wiriad cywirdeb. Gofynnwch i weinyddwr redeg &apos;familycase verify&apos;.</translation>
    </message>
    <message>
        <location filename="../gui/caseload/model.py" line="344"/>
        <source>You have not been given access to this family file.</source>
        <translation>Dydych chi ddim wedi cael mynediad i ffeil y teulu hwn.</translation>
    </message>
    <message>
        <location filename="../gui/caseload/model.py" line="349"/>
        <source>No contact for more than {n} days: the family needs a visit or a call.</source>
        <translation>Dim cyswllt ers mwy na {n} diwrnod: mae angen ymweld â&apos;r teulu neu eu ffonio.</translation>
    </message>
    <message>
        <location filename="../gui/caseload/model.py" line="352"/>
        <source>The review was due on {date}.</source>
        <translation>Roedd yr adolygiad i fod ar {date}.</translation>
    </message>
</context>
<context>
    <name>CaseloadPage</name>
    <message>
        <location filename="../gui/caseload/page.py" line="72"/>
        <source>Families</source>
        <translation>Teuluoedd</translation>
    </message>
    <message>
        <location filename="../gui/caseload/page.py" line="121"/>
        <source>My caseload</source>
        <translation>Fy llwyth achosion</translation>
    </message>
    <message>
        <location filename="../gui/caseload/page.py" line="122"/>
        <source>Team caseload</source>
        <translation>Llwyth achosion y tîm</translation>
    </message>
    <message>
        <location filename="../gui/caseload/page.py" line="123"/>
        <source>Unallocated families</source>
        <translation>Teuluoedd heb eu dyrannu</translation>
    </message>
    <message>
        <location filename="../gui/caseload/page.py" line="124"/>
        <source>All families</source>
        <translation>Pob teulu</translation>
    </message>
    <message>
        <location filename="../gui/caseload/page.py" line="130"/>
        <source>As an administrator you manage workers&apos; accounts (Manage workers, or File ▸ Workers) and how long closed files are kept (File ▸ Retention). To keep families&apos; details private, you cannot open family files.</source>
        <translation>Fel gweinyddwr, rydych chi&apos;n rheoli cyfrifon gweithwyr (Rheoli gweithwyr, neu Ffeil ▸ Gweithwyr) ac am ba hyd y mae ffeiliau wedi&apos;u cau yn cael eu cadw (Ffeil ▸ Cadw cofnodion). Er mwyn cadw manylion teuluoedd yn breifat, ni allwch chi agor ffeiliau teulu.</translation>
    </message>
    <message>
        <location filename="../gui/caseload/page.py" line="135"/>
        <source>Families you are lead professional for.</source>
        <translation>Teuluoedd rydych chi&apos;n weithiwr proffesiynol arweiniol iddyn nhw.</translation>
    </message>
    <message>
        <location filename="../gui/caseload/page.py" line="136"/>
        <source>Every family your team is working with.</source>
        <translation>Pob teulu y mae eich tîm yn gweithio gyda nhw.</translation>
    </message>
    <message>
        <location filename="../gui/caseload/page.py" line="138"/>
        <source>Your team&apos;s families that have no lead professional yet.</source>
        <translation>Teuluoedd eich tîm sydd heb weithiwr proffesiynol arweiniol eto.</translation>
    </message>
    <message>
        <location filename="../gui/caseload/page.py" line="140"/>
        <source>Every family in the organisation.</source>
        <translation>Pob teulu yn y sefydliad.</translation>
    </message>
    <message>
        <location filename="../gui/caseload/page.py" line="142"/>
        <source>Double-click a family, or press Enter, to open its file.</source>
        <translation>Cliciwch ddwywaith ar deulu, neu pwyswch Enter, i agor ei ffeil.</translation>
    </message>
    <message>
        <location filename="../gui/caseload/page.py" line="181"/>
        <source>The families could not be loaded: {problem}</source>
        <translation>Methu llwytho&apos;r teuluoedd: {problem}</translation>
    </message>
    <message>
        <location filename="../gui/caseload/page.py" line="205"/>
        <source>Loading…</source>
        <translation>Wrthi&apos;n llwytho…</translation>
    </message>
    <message>
        <location filename="../gui/caseload/page.py" line="210"/>
        <source>{shown} of {total} match “{text}”</source>
        <translation>Mae {shown} o {total} yn cyfateb i “{text}”</translation>
    </message>
    <message>
        <location filename="../gui/caseload/page.py" line="216"/>
        <source>{shown} match the filters</source>
        <translation>Mae {shown} yn cyfateb i&apos;r hidlwyr</translation>
    </message>
    <message>
        <location filename="../gui/caseload/page.py" line="232"/>
        <source>Opening the families…</source>
        <translation>Wrthi&apos;n agor y teuluoedd…</translation>
    </message>
    <message>
        <location filename="../gui/caseload/page.py" line="236"/>
        <source>No family, family member or reference matches “{text}”.</source>
        <translation>Does dim teulu, aelod o deulu na chyfeirnod yn cyfateb i “{text}”.</translation>
    </message>
    <message>
        <location filename="../gui/caseload/page.py" line="240"/>
        <source>No family matches the filters. Clear the filters to see them all.</source>
        <translation>Does dim teulu&apos;n cyfateb i&apos;r hidlwyr. Cliriwch yr hidlwyr i&apos;w gweld i gyd.</translation>
    </message>
    <message>
        <location filename="../gui/caseload/page.py" line="242"/>
        <source>You are not the lead professional for any open families.</source>
        <translation>Dydych chi ddim yn weithiwr proffesiynol arweiniol i unrhyw deulu sydd ar agor.</translation>
    </message>
    <message>
        <location filename="../gui/caseload/page.py" line="243"/>
        <source>Your team has no open families.</source>
        <translation>Does gan eich tîm ddim teuluoedd ar agor.</translation>
    </message>
    <message>
        <location filename="../gui/caseload/page.py" line="244"/>
        <source>Every family in your team has a lead professional.</source>
        <translation>Mae gan bob teulu yn eich tîm weithiwr proffesiynol arweiniol.</translation>
    </message>
    <message>
        <location filename="../gui/caseload/page.py" line="245"/>
        <source>There are no open families.</source>
        <translation>Does dim teuluoedd ar agor.</translation>
    </message>
</context>
<context>
    <name>ClosureDialog</name>
    <message>
        <location filename="../gui/family_file/work/closure_dialog.py" line="34"/>
        <source>Close this episode</source>
        <translation>Cau&apos;r cyfnod hwn o waith</translation>
    </message>
    <message>
        <location filename="../gui/family_file/work/closure_dialog.py" line="41"/>
        <source>Closing ends the work with {family} and the lead professional&apos;s allocation. The exit plan says who the family can turn to now, so nobody gets lost.</source>
        <translation>Mae cau yn dod â&apos;r gwaith gyda {family} i ben, a dyraniad y gweithiwr proffesiynol arweiniol hefyd. Mae&apos;r cynllun gadael yn dweud at bwy y gall y teulu droi nawr, fel nad oes neb yn mynd ar goll.</translation>
    </message>
    <message>
        <location filename="../gui/family_file/work/closure_dialog.py" line="60"/>
        <source>&amp;Reason for closing</source>
        <translation>&amp;Rheswm dros gau</translation>
    </message>
    <message>
        <location filename="../gui/family_file/work/closure_dialog.py" line="64"/>
        <source>&amp;Date closed</source>
        <translation>&amp;Dyddiad cau</translation>
    </message>
    <message>
        <location filename="../gui/family_file/work/closure_dialog.py" line="66"/>
        <source>&amp;Exit plan</source>
        <translation>Cynllun &amp;gadael</translation>
    </message>
    <message>
        <location filename="../gui/family_file/work/closure_dialog.py" line="68"/>
        <source>Who stays involved, what the family does if things get harder, follow-up.</source>
        <translation>Pwy sy&apos;n dal i fod yn rhan o&apos;r gwaith, beth mae&apos;r teulu&apos;n ei wneud os bydd pethau&apos;n anoddach, gwaith dilynol.</translation>
    </message>
    <message>
        <location filename="../gui/family_file/work/closure_dialog.py" line="70"/>
        <source>Closing &amp;summary</source>
        <translation>Crynodeb y ca&amp;u</translation>
    </message>
    <message>
        <location filename="../gui/family_file/work/closure_dialog.py" line="74"/>
        <source>&amp;Close the episode</source>
        <translation>&amp;Cau&apos;r cyfnod o waith</translation>
    </message>
    <message>
        <location filename="../gui/family_file/work/closure_dialog.py" line="81"/>
        <source>Before you close: {problems} You can still close the episode.</source>
        <translation>Cyn i chi gau: {problems} Gallwch chi gau&apos;r cyfnod o waith o hyd.</translation>
    </message>
    <message>
        <location filename="../gui/family_file/work/closure_dialog.py" line="91"/>
        <source>Closing the episode for {family}</source>
        <translation>Cau&apos;r cyfnod o waith i {family}</translation>
    </message>
</context>
<context>
    <name>ConsentTab</name>
    <message>
        <location filename="../gui/family_file/consent/tab.py" line="119"/>
        <source>Show consent for</source>
        <translation>Dangos caniatâd ar gyfer</translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/tab.py" line="121"/>
        <source>Show &amp;for</source>
        <translation>Dangos &amp;ar gyfer</translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/tab.py" line="124"/>
        <source>Subject access e&amp;xport…</source>
        <translation>Allforio cais gwrthrych am &amp;wybodaeth…</translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/tab.py" line="126"/>
        <source>Everything held about the chosen person, as JSON and PDF</source>
        <translation>Popeth sy&apos;n cael ei gadw am y person a ddewiswyd, fel JSON a PDF</translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/tab.py" line="136"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/tab.py" line="137"/>
        <source>State</source>
        <translation>Cyflwr</translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/tab.py" line="138"/>
        <source>Agencies</source>
        <translation>Asiantaethau</translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/tab.py" line="139"/>
        <source>Purposes</source>
        <translation>Dibenion</translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/tab.py" line="140"/>
        <location filename="../gui/family_file/consent/tab.py" line="167"/>
        <source>Information</source>
        <translation>Gwybodaeth</translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/tab.py" line="141"/>
        <source>Given by, how</source>
        <translation>Rhoddwyd gan, sut</translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/tab.py" line="142"/>
        <source>Given – review or end</source>
        <translation>Rhoddwyd – adolygu neu orffen</translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/tab.py" line="143"/>
        <source>Evidence</source>
        <translation>Tystiolaeth</translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/tab.py" line="146"/>
        <location filename="../gui/family_file/consent/tab.py" line="210"/>
        <source>Consent to share</source>
        <translation>Caniatâd i rannu</translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/tab.py" line="148"/>
        <source>&amp;Record consent…</source>
        <translation>&amp;Cofnodi caniatâd…</translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/tab.py" line="149"/>
        <source>&amp;Withdraw…</source>
        <translation>&amp;Tynnu&apos;n ôl…</translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/tab.py" line="151"/>
        <source>A&amp;ttach evidence…</source>
        <translation>Atodi t&amp;ystiolaeth…</translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/tab.py" line="153"/>
        <source>Keep an encrypted copy of the signed form or other evidence</source>
        <translation>Cadw copi wedi&apos;i amgryptio o&apos;r ffurflen wedi&apos;i llofnodi neu dystiolaeth arall</translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/tab.py" line="156"/>
        <source>Save a cop&amp;y of the evidence…</source>
        <translation>Cadw c&amp;opi o&apos;r dystiolaeth…</translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/tab.py" line="158"/>
        <source>Write the evidence outside FamilyCase (it leaves the encrypted vault)</source>
        <translation>Ysgrifennu&apos;r dystiolaeth y tu allan i FamilyCase (mae&apos;n gadael y gladdgell wedi&apos;i hamgryptio)</translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/tab.py" line="164"/>
        <source>About</source>
        <translation>Am</translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/tab.py" line="165"/>
        <source>Agency</source>
        <translation>Asiantaeth</translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/tab.py" line="166"/>
        <location filename="../gui/family_file/consent/tab.py" line="187"/>
        <source>Purpose</source>
        <translation>Diben</translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/tab.py" line="168"/>
        <source>Reason</source>
        <translation>Rheswm</translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/tab.py" line="169"/>
        <source>Lawful basis</source>
        <translation>Sail gyfreithlon</translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/tab.py" line="170"/>
        <source>Legal gateway</source>
        <translation>Porth cyfreithiol</translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/tab.py" line="171"/>
        <source>Decided by</source>
        <translation>Penderfynwyd gan</translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/tab.py" line="172"/>
        <source>Decided</source>
        <translation>Penderfynwyd</translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/tab.py" line="173"/>
        <source>Applies until</source>
        <translation>Yn berthnasol tan</translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/tab.py" line="176"/>
        <source>Decisions to share without consent</source>
        <translation>Penderfyniadau i rannu heb ganiatâd</translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/tab.py" line="179"/>
        <source>Record a &amp;decision to share without consent…</source>
        <translation>Cofnodi penderfyniad i rannu &amp;heb ganiatâd…</translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/tab.py" line="184"/>
        <source>When</source>
        <translation>Pryd</translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/tab.py" line="185"/>
        <source>What</source>
        <translation>Beth</translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/tab.py" line="186"/>
        <source>With whom</source>
        <translation>Gyda phwy</translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/tab.py" line="188"/>
        <source>Outcome</source>
        <translation>Canlyniad</translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/tab.py" line="189"/>
        <source>By whom</source>
        <translation>Gan bwy</translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/tab.py" line="192"/>
        <source>Share log</source>
        <translation>Log rhannu</translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/tab.py" line="216"/>
        <source>Sharing without consent</source>
        <translation>Rhannu heb ganiatâd</translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/tab.py" line="218"/>
        <source>Share log: what was shared, or withheld</source>
        <translation>Log rhannu: beth a rannwyd, neu a ddaliwyd yn ôl</translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/tab.py" line="247"/>
        <source>Everyone in the family</source>
        <translation>Pawb yn y teulu</translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/tab.py" line="262"/>
        <source>Could not read the consent records</source>
        <translation>Methu darllen y cofnodion caniatâd</translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/tab.py" line="292"/>
        <source>Withdrawn on {date}: {reason}</source>
        <translation>Tynnwyd yn ôl ar {date}: {reason}</translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/tab.py" line="382"/>
        <source>Choose the evidence to keep</source>
        <translation>Dewis y dystiolaeth i&apos;w chadw</translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/tab.py" line="385"/>
        <source>Scans and documents (*.pdf *.png *.jpg *.jpeg)</source>
        <translation>Sganiau a dogfennau (*.pdf *.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/tab.py" line="385"/>
        <source>Any file (*)</source>
        <translation>Unrhyw ffeil (*)</translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/tab.py" line="406"/>
        <source>Could not attach</source>
        <translation>Methu atodi</translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/tab.py" line="415"/>
        <source>Save a copy outside FamilyCase</source>
        <translation>Cadw copi y tu allan i FamilyCase</translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/tab.py" line="417"/>
        <source>The copy of {file} will leave the encrypted vault: anyone who can open the folder you choose can read it. Keep it only as long as you need it.</source>
        <translation>Bydd y copi o {file} yn gadael y gladdgell wedi&apos;i hamgryptio: gall unrhyw un sy&apos;n gallu agor y ffolder a ddewiswch ei ddarllen. Cadwch e dim ond cyhyd ag y mae ei angen arnoch.</translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/tab.py" line="420"/>
        <source>Choose where to save</source>
        <translation>Dewis ble i gadw</translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/tab.py" line="426"/>
        <source>Save a copy of the evidence</source>
        <translation>Cadw copi o&apos;r dystiolaeth</translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/tab.py" line="442"/>
        <source>Could not save the copy</source>
        <translation>Methu cadw&apos;r copi</translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/tab.py" line="452"/>
        <source>Subject access export</source>
        <translation>Allforio cais gwrthrych am wybodaeth</translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/tab.py" line="454"/>
        <source>FamilyCase will write everything it holds about {name} as a JSON file and a PDF. These files leave the encrypted vault: check them, remove what is about other people where the law allows, and delete them once they are sent.</source>
        <translation>Bydd FamilyCase yn ysgrifennu popeth sydd ganddo am {name} fel ffeil JSON a PDF. Mae&apos;r ffeiliau hyn yn gadael y gladdgell wedi&apos;i hamgryptio: gwiriwch nhw, tynnwch yr hyn sydd am bobl eraill lle mae&apos;r gyfraith yn caniatáu, a dilëwch nhw ar ôl eu hanfon.</translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/tab.py" line="458"/>
        <source>Choose a folder</source>
        <translation>Dewis ffolder</translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/tab.py" line="464"/>
        <source>Folder for the subject access export</source>
        <translation>Ffolder ar gyfer y cais gwrthrych am wybodaeth</translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/tab.py" line="481"/>
        <source>Could not write the subject access export</source>
        <translation>Methu ysgrifennu&apos;r cais gwrthrych am wybodaeth</translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/tab.py" line="490"/>
        <source>Written outside FamilyCase</source>
        <translation>Wedi&apos;i ysgrifennu y tu allan i FamilyCase</translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/tab.py" line="491"/>
        <source>Written (not encrypted):
{files}</source>
        <translation>Wedi&apos;u hysgrifennu (heb eu hamgryptio):
{files}</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="398"/>
        <source>no end date</source>
        <translation>dim dyddiad gorffen</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="400"/>
        <source>None kept</source>
        <translation>Dim wedi&apos;i chadw</translation>
    </message>
</context>
<context>
    <name>ContactEntry</name>
    <message>
        <location filename="../gui/family_file/contacts/contact_entry.py" line="66"/>
        <source>Record a contact</source>
        <translation>Cofnodi cyswllt</translation>
    </message>
    <message>
        <location filename="../gui/family_file/contacts/contact_entry.py" line="73"/>
        <source>Dat&amp;e</source>
        <translation>&amp;Dyddiad</translation>
    </message>
    <message>
        <location filename="../gui/family_file/contacts/contact_entry.py" line="76"/>
        <source>T&amp;ype</source>
        <translation>&amp;Math</translation>
    </message>
    <message>
        <location filename="../gui/family_file/contacts/contact_entry.py" line="80"/>
        <source>D&amp;uration</source>
        <translation>&amp;Hyd</translation>
    </message>
    <message>
        <location filename="../gui/family_file/contacts/contact_entry.py" line="83"/>
        <source> min</source>
        <translation> mun</translation>
    </message>
    <message>
        <location filename="../gui/family_file/contacts/contact_entry.py" line="84"/>
        <source>Not recorded</source>
        <translation>Heb ei gofnodi</translation>
    </message>
    <message>
        <location filename="../gui/family_file/contacts/contact_entry.py" line="85"/>
        <source>&amp;Others present</source>
        <translation>Eraill oedd &amp;yno</translation>
    </message>
    <message>
        <location filename="../gui/family_file/contacts/contact_entry.py" line="86"/>
        <source>e.g. school nurse, Gran</source>
        <translation>e.e. nyrs yr ysgol, Nain</translation>
    </message>
    <message>
        <location filename="../gui/family_file/contacts/contact_entry.py" line="90"/>
        <source>&amp;Who was seen</source>
        <translation>P&amp;wy a welwyd</translation>
    </message>
    <message>
        <location filename="../gui/family_file/contacts/contact_entry.py" line="94"/>
        <source>What &amp;happened</source>
        <translation>Beth ddi&amp;gwyddodd</translation>
    </message>
    <message>
        <location filename="../gui/family_file/contacts/contact_entry.py" line="97"/>
        <source>What you did, what the family said, what happens next. Ctrl+Enter saves.</source>
        <translation>Beth wnaethoch chi, beth ddwedodd y teulu, beth sy&apos;n digwydd nesaf. Mae Ctrl+Enter yn cadw.</translation>
    </message>
    <message>
        <location filename="../gui/family_file/contacts/contact_entry.py" line="102"/>
        <source>&amp;Save contact note</source>
        <translation>&amp;Cadw&apos;r nodyn cyswllt</translation>
    </message>
    <message>
        <location filename="../gui/family_file/contacts/contact_entry.py" line="106"/>
        <source>Clea&amp;r</source>
        <translation>C&amp;lirio</translation>
    </message>
    <message>
        <location filename="../gui/family_file/contacts/contact_entry.py" line="111"/>
        <source>Contact note status</source>
        <translation>Statws y nodyn cyswllt</translation>
    </message>
    <message>
        <location filename="../gui/family_file/contacts/contact_entry.py" line="183"/>
        <location filename="more_messages.py" line="402"/>
        <source>Contact note for {family}</source>
        <translation>Nodyn cyswllt ar gyfer {family}</translation>
    </message>
    <message>
        <location filename="../gui/family_file/contacts/contact_entry.py" line="203"/>
        <source>Saving…</source>
        <translation>Wrthi&apos;n cadw…</translation>
    </message>
    <message>
        <location filename="../gui/family_file/contacts/contact_entry.py" line="208"/>
        <location filename="../gui/family_file/contacts/contact_entry.py" line="215"/>
        <source>Saved.</source>
        <translation>Wedi&apos;i gadw.</translation>
    </message>
</context>
<context>
    <name>ContactsTab</name>
    <message>
        <location filename="../gui/family_file/contacts/tab.py" line="33"/>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <location filename="../gui/family_file/contacts/tab.py" line="34"/>
        <source>Type</source>
        <translation>Math</translation>
    </message>
    <message>
        <location filename="../gui/family_file/contacts/tab.py" line="35"/>
        <source>Who was seen</source>
        <translation>Pwy a welwyd</translation>
    </message>
    <message>
        <location filename="../gui/family_file/contacts/tab.py" line="36"/>
        <source>Duration</source>
        <translation>Hyd</translation>
    </message>
    <message>
        <location filename="../gui/family_file/contacts/tab.py" line="37"/>
        <source>What happened</source>
        <translation>Beth ddigwyddodd</translation>
    </message>
    <message>
        <location filename="../gui/family_file/contacts/tab.py" line="40"/>
        <location filename="../gui/family_file/contacts/tab.py" line="59"/>
        <source>Contact log</source>
        <translation>Log cyswllt</translation>
    </message>
    <message>
        <location filename="../gui/family_file/contacts/tab.py" line="46"/>
        <source>The selected contact note</source>
        <translation>Y nodyn cyswllt a ddewiswyd</translation>
    </message>
    <message>
        <location filename="../gui/family_file/contacts/tab.py" line="98"/>
        <source>No contacts recorded yet.</source>
        <translation>Dim cysylltiadau wedi&apos;u cofnodi eto.</translation>
    </message>
    <message>
        <location filename="../gui/family_file/contacts/tab.py" line="111"/>
        <source>Seen: {who}</source>
        <translation>Gwelwyd: {who}</translation>
    </message>
</context>
<context>
    <name>CostsTab</name>
    <message>
        <location filename="../gui/family_file/costs/tab.py" line="98"/>
        <source>Benefit for every pound spent</source>
        <translation>Budd am bob punt a wariwyd</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/tab.py" line="102"/>
        <source>The family&apos;s figures</source>
        <translation>Ffigurau&apos;r teulu</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/tab.py" line="108"/>
        <source>Show the &amp;working…</source>
        <translation>Dangos y &amp;gwaith cyfrif…</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/tab.py" line="110"/>
        <source>Every step from the unit cost to the figure, in plain words</source>
        <translation>Pob cam o&apos;r gost uned i&apos;r ffigur, mewn geiriau plaen</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/tab.py" line="125"/>
        <source>What was avoided</source>
        <translation>Beth a osgowyd</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/tab.py" line="126"/>
        <source>Benefit (today&apos;s value)</source>
        <translation>Budd (gwerth heddiw)</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/tab.py" line="127"/>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/tab.py" line="128"/>
        <source>Likelihood</source>
        <translation>Tebygolrwydd</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/tab.py" line="129"/>
        <source>Evidence</source>
        <translation>Tystiolaeth</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/tab.py" line="130"/>
        <source>How many</source>
        <translation>Sawl un</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/tab.py" line="131"/>
        <source>Unit cost</source>
        <translation>Cost uned</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/tab.py" line="132"/>
        <source>Assessed by, on</source>
        <translation>Aseswyd gan, ar</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/tab.py" line="135"/>
        <location filename="../gui/family_file/costs/tab.py" line="215"/>
        <source>Prevented costs</source>
        <translation>Costau a ataliwyd</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/tab.py" line="138"/>
        <source>&amp;Add a prevented cost…</source>
        <translation>Ychwanegu cost a &amp;ataliwyd…</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/tab.py" line="139"/>
        <source>&amp;Change…</source>
        <translation>N&amp;ewid…</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/tab.py" line="140"/>
        <source>&amp;Remove…</source>
        <translation>&amp;Tynnu…</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/tab.py" line="144"/>
        <source>What the family would probably have needed without the work, priced with published unit costs. Withdrawn lines are kept but never counted.</source>
        <translation>Beth y byddai&apos;r teulu wedi bod ei angen yn ôl pob tebyg heb y gwaith, wedi&apos;i brisio gyda chostau uned cyhoeddedig. Mae llinellau a dynnwyd yn ôl yn cael eu cadw ond byth yn cael eu cyfrif.</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/tab.py" line="154"/>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/tab.py" line="155"/>
        <source>Kind</source>
        <translation>Math</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/tab.py" line="156"/>
        <source>What it paid for</source>
        <translation>Am beth y talodd</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/tab.py" line="157"/>
        <source>Amount</source>
        <translation>Swm</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/tab.py" line="158"/>
        <source>Agency paying</source>
        <translation>Asiantaeth sy&apos;n talu</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/tab.py" line="161"/>
        <location filename="../gui/family_file/costs/tab.py" line="216"/>
        <source>Costs of the work</source>
        <translation>Costau&apos;r gwaith</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/tab.py" line="163"/>
        <source>Add a &amp;cost of the work…</source>
        <translation>Ychwanegu c&amp;ost y gwaith…</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/tab.py" line="164"/>
        <source>Remo&amp;ve…</source>
        <translation>Ty&amp;nnu…</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/tab.py" line="167"/>
        <source>Key worker time, flexible spend and other money spent on the work.</source>
        <translation>Amser gweithiwr allweddol, gwariant hyblyg ac arian arall a wariwyd ar y gwaith.</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/tab.py" line="175"/>
        <source>Outcome area</source>
        <translation>Maes canlyniad</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/tab.py" line="176"/>
        <source>What changed</source>
        <translation>Beth newidiodd</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/tab.py" line="177"/>
        <source>Positive</source>
        <translation>Cadarnhaol</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/tab.py" line="178"/>
        <source>Achieved</source>
        <translation>Wedi&apos;i gyflawni</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/tab.py" line="179"/>
        <source>Last confirmed</source>
        <translation>Cadarnhawyd ddiwethaf</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/tab.py" line="182"/>
        <location filename="../gui/family_file/costs/tab.py" line="217"/>
        <source>Outcomes achieved</source>
        <translation>Canlyniadau a gyflawnwyd</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/tab.py" line="184"/>
        <source>Record an &amp;outcome…</source>
        <translation>Cofnodi &amp;canlyniad…</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/tab.py" line="185"/>
        <source>R&amp;emove…</source>
        <translation>Tynn&amp;u…</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/tab.py" line="188"/>
        <source>Changes achieved for the family&apos;s needs, and when they were last checked.</source>
        <translation>Newidiadau a gyflawnwyd ar gyfer anghenion y teulu, a phryd y cawson nhw eu gwirio ddiwethaf.</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/tab.py" line="196"/>
        <source>Period</source>
        <translation>Cyfnod</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/tab.py" line="197"/>
        <source>Services used</source>
        <translation>Gwasanaethau a ddefnyddiwyd</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/tab.py" line="198"/>
        <source>Where the figures come from</source>
        <translation>O ble daw&apos;r ffigurau</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/tab.py" line="201"/>
        <source>Service use before the work</source>
        <translation>Defnydd o wasanaethau cyn y gwaith</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/tab.py" line="203"/>
        <source>Add service &amp;use…</source>
        <translation>Ychwanegu &amp;defnydd o wasanaethau…</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/tab.py" line="204"/>
        <source>Remove&amp;…</source>
        <translation>T&amp;ynnu…</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/tab.py" line="207"/>
        <source>What the family used before the work started (where they started from).</source>
        <translation>Beth roedd y teulu&apos;n ei ddefnyddio cyn i&apos;r gwaith ddechrau (ble roedden nhw ar y dechrau).</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/tab.py" line="214"/>
        <source>Cost records</source>
        <translation>Cofnodion costau</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/tab.py" line="218"/>
        <source>Service use before</source>
        <translation>Defnydd o wasanaethau cyn</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/tab.py" line="250"/>
        <source>Could not read the cost records</source>
        <translation>Methu darllen y cofnodion costau</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/tab.py" line="272"/>
        <source>Prevented costs ({n})</source>
        <translation>Costau a ataliwyd ({n})</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/tab.py" line="280"/>
        <source>Reading the cost records…</source>
        <translation>Wrthi&apos;n darllen y cofnodion costau…</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/tab.py" line="285"/>
        <source>No prevented costs or costs of the work recorded yet</source>
        <translation>Dim costau a ataliwyd na chostau&apos;r gwaith wedi&apos;u cofnodi eto</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/tab.py" line="288"/>
        <source>Add what the work prevented and what it cost, and FamilyCase works out the benefit for every £1 spent.</source>
        <translation>Ychwanegwch beth wnaeth y gwaith ei atal a beth gostiodd, ac mae FamilyCase yn cyfrifo&apos;r budd am bob £1 a wariwyd.</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/tab.py" line="295"/>
        <source>No prevented costs counted yet, so there is no ratio</source>
        <translation>Dim costau a ataliwyd wedi&apos;u cyfrif eto, felly does dim cymhareb</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/tab.py" line="298"/>
        <source>{ratio}: about £{x} of costs avoided for every £1 spent</source>
        <translation>{ratio}: tua £{x} o gostau wedi&apos;u hosgoi am bob £1 a wariwyd</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/tab.py" line="303"/>
        <source>No costs of the work recorded yet, so there is no ratio</source>
        <translation>Dim costau&apos;r gwaith wedi&apos;u cofnodi eto, felly does dim cymhareb</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/tab.py" line="306"/>
        <source>Benefit {benefit} · Cost of the work {cost} · Net benefit {net} (today&apos;s values, everything recorded up to today)</source>
        <translation>Budd {benefit} · Cost y gwaith {cost} · Budd net {net} (gwerthoedd heddiw, popeth a gofnodwyd hyd heddiw)</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/tab.py" line="316"/>
        <source>In {year} prices. Proposed and agreed lines count; withdrawn ones do not. The figures are cautious: see the working.</source>
        <translation>Ym mhrisiau {year}. Mae llinellau arfaethedig a chytunedig yn cyfrif; dydy rhai a dynnwyd yn ôl ddim. Mae&apos;r ffigurau&apos;n ofalus: gweler y gwaith cyfrif.</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/tab.py" line="377"/>
        <source>Remove</source>
        <translation>Tynnu</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/tab.py" line="378"/>
        <source>Remove {what}? This cannot be undone.</source>
        <translation>Tynnu {what}? Does dim modd dadwneud hyn.</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/tab.py" line="379"/>
        <source>&amp;Remove</source>
        <translation>&amp;Tynnu</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/tab.py" line="382"/>
        <source>Could not remove it</source>
        <translation>Methu ei dynnu</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/tab.py" line="391"/>
        <source>the prevented cost “{what}”</source>
        <translation>y gost a ataliwyd “{what}”</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/tab.py" line="399"/>
        <source>this cost of the work</source>
        <translation>y gost hon o&apos;r gwaith</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/tab.py" line="403"/>
        <source>this outcome</source>
        <translation>y canlyniad hwn</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/tab.py" line="406"/>
        <source>this service use</source>
        <translation>y defnydd hwn o wasanaethau</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="408"/>
        <source>{code}: {value} {unit} ({year} prices)</source>
        <translation>{code}: {value} {unit} (prisiau {year})</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="410"/>
        <source>{hours} hours at {rate} = {total}</source>
        <translation>{hours} awr ar {rate} = {total}</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="412"/>
        <source>local</source>
        <translation>lleol</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="414"/>
        <source>not yet</source>
        <translation>ddim eto</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="416"/>
        <source>year not stated</source>
        <translation>blwyddyn heb ei nodi</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="418"/>
        <source>not counted</source>
        <translation>heb ei gyfrif</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="420"/>
        <source>Unit cost {code}: {value} {unit} in {year} prices, which is {now} in {report} prices.</source>
        <translation>Cost uned {code}: {value} {unit} ym mhrisiau {year}, sef {now} ym mhrisiau {report}.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="422"/>
        <source>× {n} (how many) × {d} (for how long), over {y} year(s) = {gross} before any adjustment.</source>
        <translation>× {n} (sawl un) × {d} (am ba hyd), dros {y} blwyddyn = {gross} cyn unrhyw addasiad.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="424"/>
        <source>× {p} chance it would have happened = {v}.</source>
        <translation>× {p} siawns y byddai wedi digwydd = {v}.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="426"/>
        <source>Take off {d} that would have happened anyway (deadweight) = {v}.</source>
        <translation>Tynnu {d} a fyddai wedi digwydd beth bynnag (pwysau marw) = {v}.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="428"/>
        <source>× {a} of the credit due to this work (attribution) = {v}.</source>
        <translation>× {a} o&apos;r clod i&apos;r gwaith hwn (priodoli) = {v}.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="430"/>
        <source>Take off {o} because the evidence is {e} (optimism bias) = {v}.</source>
        <translation>Tynnu {o} oherwydd bod y dystiolaeth yn {e} (tuedd optimistiaeth) = {v}.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="432"/>
        <source>In today&apos;s money (later years count for less: discounting) = {v}.</source>
        <translation>Yn arian heddiw (mae blynyddoedd diweddarach yn cyfrif am lai: disgowntio) = {v}.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="434"/>
        <source>(local figure)</source>
        <translation>(ffigur lleol)</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="436"/>
        <source>After the effect wears off in later years (drop-off) or falls beyond the time horizon = {v}.</source>
        <translation>Ar ôl i&apos;r effaith bylu mewn blynyddoedd diweddarach (lleihad) neu syrthio y tu hwnt i&apos;r gorwel amser = {v}.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="438"/>
        <source>Source:</source>
        <translation>Ffynhonnell:</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="440"/>
        <source>What the work cost</source>
        <translation>Beth gostiodd y gwaith</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="442"/>
        <source>Totals</source>
        <translation>Cyfansymiau</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="444"/>
        <source>Benefit {b} ÷ cost {c} = {r}: for every £1 spent, about £{x} of costs were avoided. Net benefit {n}.</source>
        <translation>Budd {b} ÷ cost {c} = {r}: am bob £1 a wariwyd, osgowyd tua £{x} o gostau. Budd net {n}.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="446"/>
        <source>Please note</source>
        <translation>Sylwch</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="448"/>
        <source>Each prevented cost starts from a published unit cost and is then reduced, step by step, so that the figure is cautious. Discount rate {rate} a year; years counted: {years}.</source>
        <translation>Mae pob cost a ataliwyd yn dechrau o gost uned gyhoeddedig ac yna&apos;n cael ei lleihau, gam wrth gam, er mwyn i&apos;r ffigur fod yn ofalus. Cyfradd ddisgownt {rate} y flwyddyn; blynyddoedd a gyfrifwyd: {years}.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="450"/>
        <source>{what}: {amount} as spent, {now} in {year} prices.</source>
        <translation>{what}: {amount} fel y&apos;i gwariwyd, {now} ym mhrisiau {year}.</translation>
    </message>
</context>
<context>
    <name>CreatePage</name>
    <message>
        <location filename="../gui/session/first_run.py" line="180"/>
        <source>Setting up the vault</source>
        <translation>Wrthi&apos;n paratoi&apos;r gladdgell</translation>
    </message>
    <message>
        <location filename="../gui/session/first_run.py" line="182"/>
        <source>This takes a few seconds. Please leave FamilyCase open until it finishes.</source>
        <translation>Mae hyn yn cymryd ychydig eiliadau. Gadewch FamilyCase ar agor nes iddo orffen.</translation>
    </message>
    <message>
        <location filename="../gui/session/first_run.py" line="185"/>
        <source>&amp;Next</source>
        <translation>&amp;Nesaf</translation>
    </message>
    <message>
        <location filename="../gui/session/first_run.py" line="193"/>
        <source>Setting up</source>
        <translation>Wrthi&apos;n paratoi</translation>
    </message>
    <message>
        <location filename="../gui/session/first_run.py" line="195"/>
        <source>&amp;Try again</source>
        <translation>Rhoi &amp;cynnig arall</translation>
    </message>
    <message>
        <location filename="../gui/session/first_run.py" line="223"/>
        <source>Measuring this computer, to make your password slow to guess…</source>
        <translation>Wrthi&apos;n mesur y cyfrifiadur hwn, er mwyn i&apos;ch cyfrinair fod yn araf i&apos;w ddyfalu…</translation>
    </message>
    <message>
        <location filename="../gui/session/first_run.py" line="227"/>
        <source>Creating the encrypted vault…</source>
        <translation>Wrthi&apos;n creu&apos;r gladdgell wedi&apos;i hamgryptio…</translation>
    </message>
    <message>
        <location filename="../gui/session/first_run.py" line="237"/>
        <source>The vault is ready. Next, write down or print the recovery key.</source>
        <translation>Mae&apos;r gladdgell yn barod. Nesaf, ysgrifennwch neu argraffwch yr allwedd adfer.</translation>
    </message>
    <message>
        <location filename="../gui/session/first_run.py" line="245"/>
        <source>The vault could not be created.</source>
        <translation>Methu creu&apos;r gladdgell.</translation>
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
    <name>Editing</name>
    <message>
        <location filename="more_messages.py" line="98"/>
        <source>Something went wrong and nothing was saved ({problem}).</source>
        <translation>Aeth rhywbeth o&apos;i le a chafodd dim ei gadw ({problem}).</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="100"/>
        <source>&amp;Save</source>
        <translation>&amp;Cadw</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="102"/>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="104"/>
        <source>Unsaved changes</source>
        <translation>Newidiadau heb eu cadw</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="106"/>
        <source>FamilyCase never makes a decision for you: it was not confirmed.</source>
        <translation>Dydy FamilyCase byth yn gwneud penderfyniad ar eich rhan: chafodd hwn mo&apos;i gadarnhau.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="108"/>
        <source>You have changed “{what}”. Save the changes?</source>
        <translation>Rydych chi wedi newid “{what}”. Cadw&apos;r newidiadau?</translation>
    </message>
</context>
<context>
    <name>EditorDialog</name>
    <message>
        <location filename="more_messages.py" line="452"/>
        <source>Family &amp;name</source>
        <translation>E&amp;nw&apos;r teulu</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="454"/>
        <source>e.g. Brambleford family</source>
        <translation>e.e. teulu Brambleford</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="456"/>
        <source>&amp;Address</source>
        <translation>Cyfe&amp;iriad</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="458"/>
        <source>Address line &amp;2</source>
        <translation>Llinell &amp;2 y cyfeiriad</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="460"/>
        <source>&amp;Town</source>
        <translation>&amp;Tref</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="462"/>
        <source>Post&amp;code</source>
        <translation>Cod &amp;post</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="464"/>
        <source>Main &amp;language at home</source>
        <translation>Prif iait&amp;h gartref</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="466"/>
        <source>&amp;Interpreter needed</source>
        <translation>Angen cyfieith&amp;ydd</translation>
    </message>
</context>
<context>
    <name>FamilyCase</name>
    <message>
        <location filename="../gui/app.py" line="148"/>
        <location filename="more_messages.py" line="46"/>
        <source>Lock FamilyCase</source>
        <translation>Cloi FamilyCase</translation>
    </message>
    <message>
        <location filename="../gui/app.py" line="150"/>
        <location filename="more_messages.py" line="52"/>
        <source>&amp;Discard and lock</source>
        <translation>&amp;Gwaredu a chloi</translation>
    </message>
    <message>
        <location filename="../gui/app.py" line="236"/>
        <location filename="more_messages.py" line="58"/>
        <source>“{what}” could not be saved before FamilyCase locked: {problem}</source>
        <translation>Methu cadw “{what}” cyn i FamilyCase gloi: {problem}</translation>
    </message>
    <message>
        <location filename="../gui/app.py" line="242"/>
        <location filename="more_messages.py" line="48"/>
        <source>Not saved</source>
        <translation>Heb ei gadw</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="40"/>
        <source>FamilyCase locked itself because nobody used it for a while.</source>
        <translation>Cloiodd FamilyCase ei hun am nad oedd neb wedi&apos;i ddefnyddio ers tipyn.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="42"/>
        <source>No FamilyCase vault yet</source>
        <translation>Dim claddgell FamilyCase eto</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="44"/>
        <source>This is not a FamilyCase vault</source>
        <translation>Nid claddgell FamilyCase yw hon</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="50"/>
        <source>&lt;p&gt;{opening}&lt;/p&gt;&lt;p&gt;A vault is the encrypted file that holds your organisation&apos;s family files. To make one, start FamilyCase with an empty folder, or run one of these:&lt;/p&gt;&lt;p&gt;&lt;b&gt;To start using FamilyCase&lt;/b&gt; (you will be its first administrator):&lt;br&gt;&lt;code&gt;familycase --data {data} init --organisation &quot;Your organisation&quot; --admin yourname --name &quot;Your Name&quot;&lt;/code&gt;&lt;/p&gt;&lt;p&gt;&lt;b&gt;To try it with made-up families&lt;/b&gt;:&lt;br&gt;&lt;code&gt;familycase --data {data} demo&lt;/code&gt;&lt;/p&gt;&lt;p&gt;Then start FamilyCase again. To open a vault kept somewhere else, use &lt;code&gt;familycase --data FOLDER&lt;/code&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;{opening}&lt;/p&gt;&lt;p&gt;Claddgell yw&apos;r ffeil wedi&apos;i hamgryptio sy&apos;n cadw ffeiliau teulu eich sefydliad. I greu un, dechreuwch FamilyCase gyda ffolder wag, neu rhedwch un o&apos;r rhain:&lt;/p&gt;&lt;p&gt;&lt;b&gt;I ddechrau defnyddio FamilyCase&lt;/b&gt; (chi fydd y gweinyddwr cyntaf):&lt;br&gt;&lt;code&gt;familycase --data {data} init --organisation &quot;Eich sefydliad&quot; --admin eichenw --name &quot;Eich Enw&quot;&lt;/code&gt;&lt;/p&gt;&lt;p&gt;&lt;b&gt;I roi cynnig arni gyda theuluoedd ffug&lt;/b&gt;:&lt;br&gt;&lt;code&gt;familycase --data {data} demo&lt;/code&gt;&lt;/p&gt;&lt;p&gt;Yna dechreuwch FamilyCase eto. I agor claddgell sy&apos;n cael ei chadw rywle arall, defnyddiwch &lt;code&gt;familycase --data FFOLDER&lt;/code&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="54"/>
        <source>Your unsaved changes that were complete were saved.</source>
        <translation>Cafodd eich newidiadau cyflawn nad oedd wedi&apos;u cadw eu cadw.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="56"/>
        <source>Changes that could not be saved as they were have been discarded.</source>
        <translation>Cafodd newidiadau nad oedd modd eu cadw fel yr oedden nhw eu gwaredu.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="60"/>
        <source>There is no FamilyCase vault in {folder} yet.</source>
        <translation>Does dim claddgell FamilyCase yn {folder} eto.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="62"/>
        <source>Lock</source>
        <translation>Cloi</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="64"/>
        <source>Find a family</source>
        <translation>Dod o hyd i deulu</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="66"/>
        <source>Keyboard help</source>
        <translation>Help gyda&apos;r bysellfwrdd</translation>
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
        <location filename="../gui/family_file/sections.py" line="44"/>
        <source>Household</source>
        <translation>Aelwyd</translation>
    </message>
    <message>
        <location filename="../gui/family_file/sections.py" line="46"/>
        <source>Agencies</source>
        <translation>Asiantaethau</translation>
    </message>
    <message>
        <location filename="../gui/family_file/sections.py" line="48"/>
        <source>Timeline</source>
        <translation>Llinell amser</translation>
    </message>
    <message>
        <location filename="../gui/family_file/sections.py" line="50"/>
        <source>Work and tier</source>
        <translation>Gwaith a haen</translation>
    </message>
    <message>
        <location filename="../gui/family_file/sections.py" line="52"/>
        <source>Contacts</source>
        <translation>Cysylltiadau</translation>
    </message>
    <message>
        <location filename="../gui/family_file/sections.py" line="54"/>
        <source>Assessments</source>
        <translation>Asesiadau</translation>
    </message>
    <message>
        <location filename="../gui/family_file/sections.py" line="56"/>
        <source>Outcomes</source>
        <translation>Canlyniadau</translation>
    </message>
    <message>
        <location filename="../gui/family_file/sections.py" line="58"/>
        <source>Plan and reviews</source>
        <translation>Cynllun ac adolygiadau</translation>
    </message>
    <message>
        <location filename="../gui/family_file/sections.py" line="60"/>
        <source>Consent</source>
        <translation>Caniatâd</translation>
    </message>
    <message>
        <location filename="../gui/family_file/sections.py" line="62"/>
        <source>Costs</source>
        <translation>Costau</translation>
    </message>
</context>
<context>
    <name>FamilyFileWindow</name>
    <message>
        <location filename="../gui/family_file/window.py" line="111"/>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <location filename="../gui/family_file/window.py" line="112"/>
        <source>Close this family file (Ctrl+W)</source>
        <translation>Cau ffeil y teulu hwn (Ctrl+W)</translation>
    </message>
    <message>
        <location filename="../gui/family_file/window.py" line="129"/>
        <source>Sections of the family file</source>
        <translation>Adrannau ffeil y teulu</translation>
    </message>
    <message>
        <location filename="../gui/family_file/window.py" line="146"/>
        <source>Group</source>
        <translation>Grŵp</translation>
    </message>
    <message>
        <location filename="../gui/family_file/window.py" line="154"/>
        <source>Ctrl+{n}</source>
        <translation>Ctrl+{n}</translation>
    </message>
    <message>
        <location filename="../gui/family_file/window.py" line="240"/>
        <source>{family} – {reference} – FamilyCase</source>
        <translation>{family} – {reference} – FamilyCase</translation>
    </message>
    <message>
        <location filename="../gui/family_file/window.py" line="249"/>
        <source>Tier {tier}</source>
        <translation>Haen {tier}</translation>
    </message>
    <message>
        <location filename="../gui/family_file/window.py" line="250"/>
        <source>Lead professional: {name}</source>
        <translation>Gweithiwr proffesiynol arweiniol: {name}</translation>
    </message>
    <message>
        <location filename="../gui/family_file/window.py" line="250"/>
        <source>not allocated</source>
        <translation>heb ei ddyrannu</translation>
    </message>
    <message>
        <location filename="../gui/family_file/window.py" line="251"/>
        <source>Consent to share: {state}</source>
        <translation>Caniatâd i rannu: {state}</translation>
    </message>
    <message>
        <location filename="../gui/family_file/window.py" line="286"/>
        <source>Could not open the family file again</source>
        <translation>Methu agor ffeil y teulu eto</translation>
    </message>
    <message>
        <location filename="../gui/family_file/window.py" line="316"/>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <location filename="../gui/family_file/window.py" line="368"/>
        <source>Close the family file</source>
        <translation>Cau ffeil y teulu</translation>
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
        <location filename="../gui/session/first_run.py" line="348"/>
        <source>Set up FamilyCase</source>
        <translation>Paratoi FamilyCase</translation>
    </message>
    <message>
        <location filename="../gui/session/first_run.py" line="364"/>
        <source>&amp;Finish</source>
        <translation>&amp;Gorffen</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <location filename="more_messages.py" line="110"/>
        <source>Problems</source>
        <translation>Problemau</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="112"/>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/bbbb</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="114"/>
        <source>{field} {message}</source>
        <translation>{field}: {message}</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="116"/>
        <source>{label} is not a date we recognise (use a date such as 25/11/2026).</source>
        <translation>Nid yw {label} yn ddyddiad rydyn ni&apos;n ei adnabod (defnyddiwch ddyddiad fel 25/11/2026).</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="118"/>
        <source>{label} cannot be in the future.</source>
        <translation>Ni all {label} fod yn y dyfodol.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="120"/>
        <source>{field}: {message}</source>
        <translation>{field}: {message}</translation>
    </message>
</context>
<context>
    <name>HouseholdTab</name>
    <message>
        <location filename="../gui/family_file/household/tab.py" line="38"/>
        <source>Edit family &amp;details…</source>
        <translation>Golygu manylion y &amp;teulu…</translation>
    </message>
    <message>
        <location filename="../gui/family_file/household/tab.py" line="41"/>
        <source>Address</source>
        <translation>Cyfeiriad</translation>
    </message>
    <message>
        <location filename="../gui/family_file/household/tab.py" line="43"/>
        <source>Language</source>
        <translation>Iaith</translation>
    </message>
    <message>
        <location filename="../gui/family_file/household/tab.py" line="50"/>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <location filename="../gui/family_file/household/tab.py" line="51"/>
        <source>Known as</source>
        <translation>Enw arferol</translation>
    </message>
    <message>
        <location filename="../gui/family_file/household/tab.py" line="52"/>
        <source>Role in household</source>
        <translation>Rôl yn yr aelwyd</translation>
    </message>
    <message>
        <location filename="../gui/family_file/household/tab.py" line="53"/>
        <source>Age</source>
        <translation>Oed</translation>
    </message>
    <message>
        <location filename="../gui/family_file/household/tab.py" line="54"/>
        <source>Date of birth</source>
        <translation>Dyddiad geni</translation>
    </message>
    <message>
        <location filename="../gui/family_file/household/tab.py" line="55"/>
        <source>School or setting</source>
        <translation>Ysgol neu leoliad</translation>
    </message>
    <message>
        <location filename="../gui/family_file/household/tab.py" line="56"/>
        <source>NHS number</source>
        <translation>Rhif GIG</translation>
    </message>
    <message>
        <location filename="../gui/family_file/household/tab.py" line="59"/>
        <source>People in the family</source>
        <translation>Pobl yn y teulu</translation>
    </message>
    <message>
        <location filename="../gui/family_file/household/tab.py" line="62"/>
        <source>&amp;Add a person…</source>
        <translation>&amp;Ychwanegu person…</translation>
    </message>
    <message>
        <location filename="../gui/family_file/household/tab.py" line="63"/>
        <source>&amp;Edit person…</source>
        <translation>&amp;Golygu person…</translation>
    </message>
    <message>
        <location filename="../gui/family_file/household/tab.py" line="64"/>
        <source>&amp;Remove person…</source>
        <translation>Ty&amp;nnu person…</translation>
    </message>
    <message>
        <location filename="../gui/family_file/household/tab.py" line="67"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../gui/family_file/household/tab.py" line="67"/>
        <source>Relationship</source>
        <translation>Perthynas</translation>
    </message>
    <message>
        <location filename="../gui/family_file/household/tab.py" line="67"/>
        <source>Related to</source>
        <translation>Yn perthyn i</translation>
    </message>
    <message>
        <location filename="../gui/family_file/household/tab.py" line="67"/>
        <source>Note</source>
        <translation>Nodyn</translation>
    </message>
    <message>
        <location filename="../gui/family_file/household/tab.py" line="69"/>
        <source>Relationships</source>
        <translation>Perthnasoedd</translation>
    </message>
    <message>
        <location filename="../gui/family_file/household/tab.py" line="72"/>
        <source>Add a re&amp;lationship…</source>
        <translation>Ychwanegu &amp;perthynas…</translation>
    </message>
    <message>
        <location filename="../gui/family_file/household/tab.py" line="73"/>
        <source>Edit relations&amp;hip…</source>
        <translation>Golygu pe&amp;rthynas…</translation>
    </message>
    <message>
        <location filename="../gui/family_file/household/tab.py" line="75"/>
        <source>Remo&amp;ve relationship…</source>
        <translation>Tynnu perthyna&amp;s…</translation>
    </message>
    <message>
        <location filename="../gui/family_file/household/tab.py" line="81"/>
        <source>People</source>
        <translation>Pobl</translation>
    </message>
    <message>
        <location filename="../gui/family_file/household/tab.py" line="87"/>
        <source>How they are related</source>
        <translation>Sut maen nhw&apos;n perthyn</translation>
    </message>
    <message>
        <location filename="../gui/family_file/household/tab.py" line="117"/>
        <source>No address recorded</source>
        <translation>Dim cyfeiriad wedi&apos;i gofnodi</translation>
    </message>
    <message>
        <location filename="../gui/family_file/household/tab.py" line="119"/>
        <source>Not recorded</source>
        <translation>Heb ei gofnodi</translation>
    </message>
    <message>
        <location filename="../gui/family_file/household/tab.py" line="121"/>
        <source>{language} (interpreter needed)</source>
        <translation>{language} (angen cyfieithydd)</translation>
    </message>
    <message>
        <location filename="../gui/family_file/household/tab.py" line="128"/>
        <source>{role} (lives elsewhere)</source>
        <translation>{role} (yn byw yn rhywle arall)</translation>
    </message>
    <message>
        <location filename="../gui/family_file/household/tab.py" line="130"/>
        <source>Due {date}</source>
        <translation>Disgwyl {date}</translation>
    </message>
    <message>
        <location filename="../gui/family_file/household/tab.py" line="221"/>
        <source>Remove a person</source>
        <translation>Tynnu person</translation>
    </message>
    <message>
        <location filename="../gui/family_file/household/tab.py" line="223"/>
        <source>Remove {name} from this family file? Their details and every relationship that names them will be deleted. This cannot be undone.</source>
        <translation>Tynnu {name} o ffeil y teulu hon? Bydd eu manylion a phob perthynas sy&apos;n eu henwi yn cael eu dileu. Does dim modd dadwneud hyn.</translation>
    </message>
    <message>
        <location filename="../gui/family_file/household/tab.py" line="226"/>
        <source>Remove {name}</source>
        <translation>Tynnu {name}</translation>
    </message>
    <message>
        <location filename="../gui/family_file/household/tab.py" line="229"/>
        <source>Could not remove {name}</source>
        <translation>Methu tynnu {name}</translation>
    </message>
    <message>
        <location filename="../gui/family_file/household/tab.py" line="264"/>
        <source>Remove a relationship</source>
        <translation>Tynnu perthynas</translation>
    </message>
    <message>
        <location filename="../gui/family_file/household/tab.py" line="265"/>
        <source>Remove this relationship from the family file?</source>
        <translation>Tynnu&apos;r berthynas hon o ffeil y teulu?</translation>
    </message>
    <message>
        <location filename="../gui/family_file/household/tab.py" line="266"/>
        <source>Remove</source>
        <translation>Tynnu</translation>
    </message>
    <message>
        <location filename="../gui/family_file/household/tab.py" line="269"/>
        <source>Could not remove the relationship</source>
        <translation>Methu tynnu&apos;r berthynas</translation>
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
        <location filename="../gui/common/long_task.py" line="126"/>
        <source>&amp;Stop</source>
        <translation>&amp;Stopio</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../gui/main_window.py" line="86"/>
        <source>FamilyCase — {organisation}</source>
        <translation>FamilyCase — {organisation}</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="104"/>
        <location filename="more_messages.py" line="584"/>
        <source>&amp;My caseload</source>
        <translation>Fy &amp;llwyth achosion</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="105"/>
        <source>&amp;Team</source>
        <translation>&amp;Tîm</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="106"/>
        <source>&amp;Unallocated</source>
        <translation>&amp;Heb eu dyrannu</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="118"/>
        <source>Which families to list</source>
        <translation>Pa deuluoedd i&apos;w rhestru</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="126"/>
        <location filename="more_messages.py" line="582"/>
        <source>Admi&amp;nistration</source>
        <oldsource>&amp;Administration</oldsource>
        <translation>Gwe&amp;inyddu</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="128"/>
        <location filename="more_messages.py" line="590"/>
        <source>Team &amp;overview</source>
        <translation>Tr&amp;osolwg y tîm</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="153"/>
        <source>Search names or reference  (Ctrl+F)</source>
        <translation>Chwilio enwau neu gyfeirnod  (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="154"/>
        <source>Search families by name or reference</source>
        <translation>Chwilio teuluoedd yn ôl enw neu gyfeirnod</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="159"/>
        <location filename="more_messages.py" line="592"/>
        <source>&amp;New family…</source>
        <translation>Teulu &amp;newydd…</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="162"/>
        <source>Start a family file from a referral (Ctrl+N)</source>
        <translation>Dechrau ffeil teulu o atgyfeiriad (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="163"/>
        <source>New family</source>
        <translation>Teulu newydd</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="168"/>
        <source>Manage &amp;workers…</source>
        <translation>Rheoli g&amp;weithwyr…</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="171"/>
        <source>Manage workers</source>
        <translation>Rheoli gweithwyr</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="172"/>
        <source>Add workers and disable their accounts</source>
        <translation>Ychwanegu gweithwyr ac analluogi eu cyfrifon</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="180"/>
        <source>Lock</source>
        <translation>Cloi</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="183"/>
        <source>Lock FamilyCase</source>
        <translation>Cloi FamilyCase</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="184"/>
        <source>Lock FamilyCase and hide every family (Ctrl+L)</source>
        <translation>Cloi FamilyCase a chuddio pob teulu (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="196"/>
        <source>Opening the family file…</source>
        <translation>Wrthi&apos;n agor ffeil y teulu…</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="243"/>
        <source>Signed in as {name}  ·  {role}</source>
        <translation>Wedi mewngofnodi fel {name}  ·  {role}</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="280"/>
        <source>Team overview</source>
        <translation>Trosolwg y tîm</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="293"/>
        <source>Administration</source>
        <translation>Gweinyddu</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="303"/>
        <source>Keyboard help</source>
        <translation>Help gyda&apos;r bysellfwrdd</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="434"/>
        <source>Quit FamilyCase</source>
        <translation>Gadael FamilyCase</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="576"/>
        <source>&amp;File</source>
        <translation>&amp;Ffeil</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="578"/>
        <source>&amp;View</source>
        <translation>&amp;Gweld</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="580"/>
        <source>&amp;Help</source>
        <translation>&amp;Cymorth</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="586"/>
        <source>&amp;Team caseload</source>
        <translation>Llwyth achosion y &amp;tîm</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="588"/>
        <source>&amp;Unallocated families</source>
        <translation>Teuluoedd &amp;heb eu dyrannu</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="594"/>
        <source>&amp;Open the selected family</source>
        <translation>&amp;Agor y teulu a ddewiswyd</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="596"/>
        <source>&amp;Print panel summaries…</source>
        <translation>Argraffu crynodebau i&apos;r &amp;panel…</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="598"/>
        <source>&amp;Export summaries for my team…</source>
        <translation>A&amp;llforio crynodebau i&apos;m tîm…</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="600"/>
        <source>&amp;Import summary bundles…</source>
        <translation>&amp;Mewnforio bwndeli crynodebau…</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="602"/>
        <source>&amp;Cost-saving return and claims…</source>
        <translation>Ffurflen arbedion &amp;cost a hawliadau…</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="604"/>
        <source>&amp;Audit log…</source>
        <translation>Log &amp;archwilio…</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="606"/>
        <source>Wor&amp;kers…</source>
        <translation>&amp;Gweithwyr…</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="608"/>
        <source>&amp;Retention…</source>
        <translation>C&amp;yfnod cadw…</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="610"/>
        <source>Change my pass&amp;word…</source>
        <translation>Newid fy nghyf&amp;rinair…</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="612"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Dewisiadau…</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="614"/>
        <source>&amp;Lock</source>
        <translation>Cl&amp;oi</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="616"/>
        <source>&amp;Quit</source>
        <translation>Gada&amp;el</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="618"/>
        <source>&amp;Find a family</source>
        <translation>Dod o hyd i &amp;deulu</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="620"/>
        <source>&amp;Clear filters</source>
        <translation>&amp;Clirio&apos;r hidlwyr</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="622"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Adnewyddu</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="624"/>
        <source>&amp;Keyboard help</source>
        <translation>Help gyda&apos;r &amp;bysellfwrdd</translation>
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
        <location filename="../gui/family_file/household/member_dialog.py" line="70"/>
        <source>&amp;Gender</source>
        <translation>&amp;Rhywedd</translation>
    </message>
    <message>
        <location filename="../gui/family_file/household/member_dialog.py" line="72"/>
        <source>Sc&amp;hool or setting</source>
        <translation>Ysgol neu le&amp;oliad</translation>
    </message>
    <message>
        <location filename="../gui/family_file/household/member_dialog.py" line="73"/>
        <source>Identifiers and contact</source>
        <translation>Rhifau adnabod a chysylltu</translation>
    </message>
    <message>
        <location filename="../gui/family_file/household/member_dialog.py" line="75"/>
        <source>&amp;NHS number</source>
        <translation>Rhif &amp;GIG</translation>
    </message>
    <message>
        <location filename="../gui/family_file/household/member_dialog.py" line="78"/>
        <source>10 digits, e.g. 943 476 5919</source>
        <translation>10 digid, e.e. 943 476 5919</translation>
    </message>
    <message>
        <location filename="../gui/family_file/household/member_dialog.py" line="80"/>
        <source>&amp;Unique Pupil Number</source>
        <translation>Rhif Disgybl &amp;Unigryw</translation>
    </message>
    <message>
        <location filename="../gui/family_file/household/member_dialog.py" line="81"/>
        <source>&amp;Phone</source>
        <translation>&amp;Ffôn</translation>
    </message>
    <message>
        <location filename="../gui/family_file/household/member_dialog.py" line="82"/>
        <source>&amp;Email</source>
        <translation>E-bo&amp;st</translation>
    </message>
    <message>
        <location filename="../gui/family_file/household/member_dialog.py" line="83"/>
        <source>Address, if not the family&apos;s</source>
        <translation>Cyfeiriad, os nad yw yr un â&apos;r teulu</translation>
    </message>
    <message>
        <location filename="../gui/family_file/household/member_dialog.py" line="84"/>
        <source>&amp;Address</source>
        <translation>Cyfe&amp;iriad</translation>
    </message>
    <message>
        <location filename="../gui/family_file/household/member_dialog.py" line="85"/>
        <source>Address line &amp;2</source>
        <translation>Llinell &amp;2 y cyfeiriad</translation>
    </message>
    <message>
        <location filename="../gui/family_file/household/member_dialog.py" line="86"/>
        <source>&amp;Town</source>
        <translation>&amp;Tref</translation>
    </message>
    <message>
        <location filename="../gui/family_file/household/member_dialog.py" line="87"/>
        <source>Post&amp;code</source>
        <translation>Cod &amp;post</translation>
    </message>
    <message>
        <location filename="../gui/family_file/household/member_dialog.py" line="88"/>
        <source>N&amp;otes</source>
        <translation>&amp;Nodiadau</translation>
    </message>
    <message>
        <location filename="../gui/family_file/household/member_dialog.py" line="137"/>
        <source>New person: {name}</source>
        <translation>Person newydd: {name}</translation>
    </message>
    <message>
        <location filename="../gui/family_file/household/member_dialog.py" line="137"/>
        <source>no name yet</source>
        <translation>dim enw eto</translation>
    </message>
    <message>
        <location filename="../gui/family_file/household/member_dialog.py" line="138"/>
        <source>Details of {name}</source>
        <translation>Manylion {name}</translation>
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
        <location filename="more_messages.py" line="468"/>
        <source>First name(s) of person {n}</source>
        <translation>Enw(au) cyntaf person {n}</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="470"/>
        <source>Last name of person {n}</source>
        <translation>Cyfenw person {n}</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="472"/>
        <source>Role of person {n}</source>
        <translation>Rôl person {n}</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="474"/>
        <source>Date of birth of person {n}</source>
        <translation>Dyddiad geni person {n}</translation>
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
    <name>PDF</name>
    <message>
        <location filename="more_messages.py" line="652"/>
        <source>OFFICIAL-SENSITIVE</source>
        <translation>SWYDDOGOL-SENSITIF / OFFICIAL-SENSITIVE</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="654"/>
        <source>For: {recipient}</source>
        <translation>Ar gyfer: {recipient}</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="656"/>
        <source>Produced {date} {time} UTC   Page {page}</source>
        <translation>Wedi&apos;i gynhyrchu {date} {time} UTC   Tudalen {page}</translation>
    </message>
</context>
<context>
    <name>PanelDialog</name>
    <message>
        <location filename="../gui/sharing/panel_dialog.py" line="67"/>
        <location filename="../gui/sharing/panel_dialog.py" line="73"/>
        <source>Print panel summaries</source>
        <translation>Argraffu crynodebau i&apos;r panel</translation>
    </message>
    <message>
        <location filename="../gui/sharing/panel_dialog.py" line="77"/>
        <source> and {n} more</source>
        <translation> a {n} arall</translation>
    </message>
    <message>
        <location filename="../gui/sharing/panel_dialog.py" line="80"/>
        <source>One case summary for each of {families}: {names}. Only what each family agreed to share with the recipient is printed; the rest is marked WITHHELD.</source>
        <translation>Un crynodeb achos ar gyfer pob un o&apos;r {families}: {names}. Dim ond yr hyn y cytunodd pob teulu i&apos;w rannu gyda&apos;r derbynnydd sy&apos;n cael ei argraffu; mae&apos;r gweddill wedi&apos;i farcio WEDI&apos;I DDAL YN ÔL.</translation>
    </message>
    <message>
        <location filename="../gui/sharing/panel_dialog.py" line="89"/>
        <source>For example: Northshire MASH panel</source>
        <translation>Er enghraifft: panel MASH Northshire</translation>
    </message>
    <message>
        <location filename="../gui/sharing/panel_dialog.py" line="94"/>
        <source>For example: should the family step up to tier 4?</source>
        <translation>Er enghraifft: a ddylai&apos;r teulu gamu i fyny i haen 4?</translation>
    </message>
    <message>
        <location filename="../gui/sharing/panel_dialog.py" line="100"/>
        <source>Optional, at least {n} characters</source>
        <translation>Dewisol, o leiaf {n} nod</translation>
    </message>
    <message>
        <location filename="../gui/sharing/panel_dialog.py" line="103"/>
        <source>Where to save the PDF</source>
        <translation>Ble i gadw&apos;r PDF</translation>
    </message>
    <message>
        <location filename="../gui/sharing/panel_dialog.py" line="104"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Pori…</translation>
    </message>
    <message>
        <location filename="../gui/sharing/panel_dialog.py" line="106"/>
        <source>Choose where to save the PDF</source>
        <translation>Dewis ble i gadw&apos;r PDF</translation>
    </message>
    <message>
        <location filename="../gui/sharing/panel_dialog.py" line="116"/>
        <source>Recipient &amp;agency</source>
        <translation>&amp;Asiantaeth sy&apos;n derbyn</translation>
    </message>
    <message>
        <location filename="../gui/sharing/panel_dialog.py" line="117"/>
        <source>Agency &amp;name</source>
        <translation>&amp;Enw&apos;r asiantaeth</translation>
    </message>
    <message>
        <location filename="../gui/sharing/panel_dialog.py" line="118"/>
        <source>&amp;Purpose</source>
        <translation>&amp;Diben</translation>
    </message>
    <message>
        <location filename="../gui/sharing/panel_dialog.py" line="119"/>
        <source>&amp;Question for the panel</source>
        <translation>&amp;Cwestiwn i&apos;r panel</translation>
    </message>
    <message>
        <location filename="../gui/sharing/panel_dialog.py" line="120"/>
        <source>PDF pass&amp;word</source>
        <translation>Cyfrinair y PD&amp;F</translation>
    </message>
    <message>
        <location filename="../gui/sharing/panel_dialog.py" line="126"/>
        <source>Save &amp;to</source>
        <translation>Cadw &amp;yn</translation>
    </message>
    <message>
        <location filename="../gui/sharing/panel_dialog.py" line="128"/>
        <source>Save to</source>
        <translation>Cadw yn</translation>
    </message>
    <message>
        <location filename="../gui/sharing/panel_dialog.py" line="131"/>
        <source>Progress preparing the summaries</source>
        <translation>Cynnydd wrth baratoi&apos;r crynodebau</translation>
    </message>
    <message>
        <location filename="../gui/sharing/panel_dialog.py" line="135"/>
        <source>What will be withheld</source>
        <translation>Beth fydd yn cael ei ddal yn ôl</translation>
    </message>
    <message>
        <location filename="../gui/sharing/panel_dialog.py" line="140"/>
        <source>I understand what will be withheld, and that the PDF leaves the encrypted vault once saved</source>
        <translation>Rwy&apos;n deall beth fydd yn cael ei ddal yn ôl, a bod y PDF yn gadael y gladdgell wedi&apos;i hamgryptio ar ôl ei gadw</translation>
    </message>
    <message>
        <location filename="../gui/sharing/panel_dialog.py" line="147"/>
        <source>&amp;Check what will be shared</source>
        <translation>&amp;Gwirio beth fydd yn cael ei rannu</translation>
    </message>
    <message>
        <location filename="../gui/sharing/panel_dialog.py" line="151"/>
        <source>&amp;Save the PDF</source>
        <translation>Cadw&apos;r PDF &amp;nawr</translation>
    </message>
    <message>
        <location filename="../gui/sharing/panel_dialog.py" line="185"/>
        <source>A PDF password needs at least {n} characters.</source>
        <translation>Mae angen o leiaf {n} nod ar gyfrinair PDF.</translation>
    </message>
    <message>
        <location filename="../gui/sharing/panel_dialog.py" line="189"/>
        <source>The agency name can be at most 200 characters.</source>
        <translation>Gall enw&apos;r asiantaeth fod yn 200 nod ar y mwyaf.</translation>
    </message>
    <message>
        <location filename="../gui/sharing/panel_dialog.py" line="225"/>
        <source>C&amp;heck again</source>
        <translation>Gwiri&amp;o eto</translation>
    </message>
    <message>
        <location filename="../gui/sharing/panel_dialog.py" line="239"/>
        <source>{reference}: everything in the summary may be shared.</source>
        <translation>{reference}: mae modd rhannu popeth yn y crynodeb.</translation>
    </message>
    <message>
        <location filename="../gui/sharing/panel_dialog.py" line="251"/>
        <source>{what} for {n}: {why}</source>
        <translation>{what} ar gyfer {n}: {why}</translation>
    </message>
    <message>
        <location filename="../gui/sharing/panel_dialog.py" line="261"/>
        <source>{reference}: WITHHELD –</source>
        <translation>{reference}: WEDI&apos;I DDAL YN ÔL –</translation>
    </message>
    <message>
        <location filename="../gui/sharing/panel_dialog.py" line="253"/>
        <source>1 person</source>
        <translation>1 person</translation>
    </message>
    <message>
        <location filename="../gui/sharing/panel_dialog.py" line="255"/>
        <source>{n} people</source>
        <translation>{n} o bobl</translation>
    </message>
    <message>
        <location filename="../gui/sharing/panel_dialog.py" line="268"/>
        <source>What the consent gate decided for {recipient}:</source>
        <translation>Beth benderfynodd y porth caniatâd ar gyfer {recipient}:</translation>
    </message>
    <message>
        <location filename="../gui/sharing/panel_dialog.py" line="272"/>
        <source>{n} item(s) will be shared without consent, under a recorded decision.</source>
        <translation>Bydd {n} eitem yn cael eu rhannu heb ganiatâd, dan benderfyniad a gofnodwyd.</translation>
    </message>
    <message>
        <location filename="../gui/sharing/panel_dialog.py" line="275"/>
        <source>Withheld items are printed as WITHHELD, never left out silently. Every decision is written to each family&apos;s share log when the PDF is saved.</source>
        <translation>Mae eitemau a ddaliwyd yn ôl yn cael eu hargraffu fel WEDI&apos;I DDAL YN ÔL, a byth yn cael eu gadael allan yn dawel. Mae pob penderfyniad yn cael ei ysgrifennu yn log rhannu pob teulu pan fydd y PDF yn cael ei gadw.</translation>
    </message>
    <message>
        <location filename="../gui/sharing/panel_dialog.py" line="290"/>
        <source>Save the panel summaries</source>
        <translation>Cadw&apos;r crynodebau i&apos;r panel</translation>
    </message>
    <message>
        <location filename="../gui/sharing/panel_dialog.py" line="292"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Dogfennau PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../gui/sharing/panel_dialog.py" line="305"/>
        <source>Choose where to save the PDF.</source>
        <translation>Dewiswch ble i gadw&apos;r PDF.</translation>
    </message>
    <message>
        <location filename="../gui/sharing/panel_dialog.py" line="326"/>
        <source>Panel summaries saved</source>
        <translation>Crynodebau&apos;r panel wedi&apos;u cadw</translation>
    </message>
    <message>
        <location filename="../gui/sharing/panel_dialog.py" line="328"/>
        <source>Saved to {path}.

This file has left the encrypted vault{protected}. Send it securely and delete it when the panel has met.</source>
        <translation>Wedi&apos;u cadw yn {path}.

Mae&apos;r ffeil hon wedi gadael y gladdgell wedi&apos;i hamgryptio{protected}. Anfonwch hi&apos;n ddiogel a&apos;i dileu pan fydd y panel wedi cyfarfod.</translation>
    </message>
    <message>
        <location filename="../gui/sharing/panel_dialog.py" line="332"/>
        <source> (it needs the password to open)</source>
        <translation> (mae angen y cyfrinair i&apos;w hagor)</translation>
    </message>
    <message>
        <location filename="../gui/sharing/panel_dialog.py" line="347"/>
        <source>Stopped: nothing was produced and nothing was shared.</source>
        <translation>Wedi stopio: chafodd dim ei gynhyrchu a chafodd dim ei rannu.</translation>
    </message>
</context>
<context>
    <name>PanelSummary</name>
    <message>
        <location filename="more_messages.py" line="636"/>
        <source>Panel case summaries</source>
        <translation>Crynodebau achos i&apos;r panel</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="638"/>
        <source>Only what the family agreed to share with this agency is shown. Withheld information is marked WITHHELD; ask the lead professional if the panel needs more.</source>
        <translation>Dim ond yr hyn y cytunodd y teulu i&apos;w rannu gyda&apos;r asiantaeth hon sy&apos;n cael ei ddangos. Mae gwybodaeth a ddaliwyd yn ôl wedi&apos;i marcio WEDI&apos;I DDAL YN ÔL; gofynnwch i&apos;r gweithiwr proffesiynol arweiniol os oes angen rhagor ar y panel.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="640"/>
        <source>WITHHELD</source>
        <translation>WEDI&apos;I DDAL YN ÔL</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="642"/>
        <source>First reading, {date} (dashed)</source>
        <translation>Darlleniad cyntaf, {date} (llinell doredig)</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="644"/>
        <source>Latest reading, {date} (solid)</source>
        <translation>Darlleniad diweddaraf, {date} (llinell lawn)</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="646"/>
        <source>What the panel is asked to decide</source>
        <translation>Beth y gofynnir i&apos;r panel ei benderfynu</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="648"/>
        <source>Case summary {reference}</source>
        <translation>Crynodeb achos {reference}</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="650"/>
        <source>For {recipient}, purpose: {purpose}. Prepared by {who} on {date}.</source>
        <translation>Ar gyfer {recipient}, diben: {purpose}. Wedi&apos;i baratoi gan {who} ar {date}.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="662"/>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="664"/>
        <source>Age</source>
        <translation>Oed</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="666"/>
        <source>Role</source>
        <translation>Rôl</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="668"/>
        <source>School or setting</source>
        <translation>Ysgol neu leoliad</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="670"/>
        <source>Household</source>
        <translation>Aelwyd</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="672"/>
        <source>Lead professional and Team Around the Family</source>
        <translation>Gweithiwr proffesiynol arweiniol a&apos;r Tîm o Amgylch y Teulu</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="674"/>
        <source>Risk</source>
        <translation>Risg</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="676"/>
        <source>Type of information</source>
        <translation>Math o wybodaeth</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="678"/>
        <source>Risks</source>
        <translation>Risgiau</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="680"/>
        <source>Current plan and progress</source>
        <translation>Y cynllun presennol a&apos;r cynnydd</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="682"/>
        <source>Outcome or action</source>
        <translation>Canlyniad neu gam gweithredu</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="684"/>
        <source>Who</source>
        <translation>Pwy</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="686"/>
        <source>By when</source>
        <translation>Erbyn pryd</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="688"/>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="690"/>
        <source>Latest outcome readings</source>
        <translation>Darlleniadau canlyniadau diweddaraf</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="692"/>
        <source>Area</source>
        <translation>Maes</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="694"/>
        <source>Change</source>
        <translation>Newid</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="696"/>
        <source>Consent to share in this family: {state}.</source>
        <translation>Caniatâd i rannu yn y teulu hwn: {state}.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="698"/>
        <source>Unborn (due {date})</source>
        <translation>Heb ei eni (disgwyl {date})</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="700"/>
        <source>Reason for involvement</source>
        <translation>Rheswm dros y gwaith</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="702"/>
        <source>Tier and history</source>
        <translation>Haen a hanes</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="704"/>
        <source>No risks were noted for the panel.</source>
        <translation>Ni nodwyd unrhyw risgiau ar gyfer y panel.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="706"/>
        <source>achieved</source>
        <translation>wedi&apos;i gyflawni</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="708"/>
        <source>Current plan and progress (version {n}, {date})</source>
        <translation>Y cynllun presennol a&apos;r cynnydd (fersiwn {n}, {date})</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="710"/>
        <source>Latest outcome readings ({title})</source>
        <translation>Darlleniadau canlyniadau diweddaraf ({title})</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="712"/>
        <source>no consent to share has been recorded for them</source>
        <translation>does dim caniatâd i rannu wedi&apos;i gofnodi ar eu cyfer</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="714"/>
        <source>their consent has been withdrawn</source>
        <translation>mae eu caniatâd wedi&apos;i dynnu&apos;n ôl</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="716"/>
        <source>their consent has expired</source>
        <translation>mae eu caniatâd wedi dod i ben</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="718"/>
        <source>their consent has not started yet</source>
        <translation>dydy eu caniatâd ddim wedi dechrau eto</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="720"/>
        <source>Withheld</source>
        <translation>Wedi&apos;i ddal yn ôl</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="722"/>
        <source>Agency</source>
        <translation>Asiantaeth</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="724"/>
        <source>Lead professional</source>
        <translation>Gweithiwr proffesiynol arweiniol</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="726"/>
        <source>Plan</source>
        <translation>Cynllun</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="728"/>
        <source>No family plan has been recorded yet.</source>
        <translation>Does dim cynllun teulu wedi&apos;i gofnodi eto.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="730"/>
        <source>Outcome: {text}</source>
        <translation>Canlyniad: {text}</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="732"/>
        <source>Readings</source>
        <translation>Darlleniadau</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="734"/>
        <source>No outcome readings have been recorded yet.</source>
        <translation>Does dim darlleniadau canlyniadau wedi&apos;u cofnodi eto.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="736"/>
        <source>First ({date})</source>
        <translation>Cyntaf ({date})</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="738"/>
        <source>Latest ({date})</source>
        <translation>Diweddaraf ({date})</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="740"/>
        <source>Referral</source>
        <translation>Atgyfeiriad</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="742"/>
        <source>No episode recorded.</source>
        <translation>Dim cyfnod o waith wedi&apos;i gofnodi.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="744"/>
        <source>Not allocated</source>
        <translation>Heb ei ddyrannu</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="746"/>
        <source>{n} risk note(s): {notice}</source>
        <translation>{n} nodyn risg: {notice}</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="748"/>
        <source>their consent is for other purposes, not for {purpose}</source>
        <translation>mae eu caniatâd ar gyfer dibenion eraill, nid ar gyfer {purpose}</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="750"/>
        <source>their consent does not include {agency}</source>
        <translation>dydy eu caniatâd ddim yn cynnwys {agency}</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="752"/>
        <source>they did not agree to share {information}</source>
        <translation>wnaethon nhw ddim cytuno i rannu {information}</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="754"/>
        <source>1 person: {reason}</source>
        <translation>1 person: {reason}</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="756"/>
        <source>{n} people: {reason}</source>
        <translation>{n} o bobl: {reason}</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="758"/>
        <source>Referred</source>
        <translation>Atgyfeiriwyd</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="760"/>
        <source>By</source>
        <translation>Gan</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="762"/>
        <source>Reason</source>
        <translation>Rheswm</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="764"/>
        <source>TAF member</source>
        <translation>Aelod o&apos;r TAT</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="766"/>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="768"/>
        <source>Tier</source>
        <translation>Haen</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1364"/>
        <source>Parent</source>
        <translation>Rhiant</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1366"/>
        <source>Step-parent</source>
        <translation>Llys-riant</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1368"/>
        <source>Carer</source>
        <translation>Gofalwr</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1370"/>
        <source>Grandparent</source>
        <translation>Mam-gu neu dad-cu</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1372"/>
        <source>Child</source>
        <translation>Plentyn</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1374"/>
        <source>Unborn child</source>
        <translation>Plentyn heb ei eni</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1376"/>
        <source>Other adult</source>
        <translation>Oedolyn arall</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1378"/>
        <source>Wider family</source>
        <translation>Teulu ehangach</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1380"/>
        <source>Not started</source>
        <translation>Heb ddechrau</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1382"/>
        <source>In progress</source>
        <translation>Ar y gweill</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1384"/>
        <source>Done</source>
        <translation>Wedi&apos;i wneud</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1386"/>
        <source>Stopped</source>
        <translation>Wedi stopio</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1388"/>
        <source>First tier</source>
        <translation>Haen gyntaf</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1390"/>
        <source>Step up</source>
        <translation>Camu i fyny</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1392"/>
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
        <location filename="more_messages.py" line="486"/>
        <source>Not started</source>
        <translation>Heb ddechrau</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="488"/>
        <source>In progress</source>
        <translation>Ar y gweill</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="490"/>
        <source>Done</source>
        <translation>Wedi&apos;i wneud</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="492"/>
        <source>Stopped</source>
        <translation>Wedi stopio</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="494"/>
        <source>Review</source>
        <translation>Adolygiad</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="496"/>
        <source>TAF meeting</source>
        <translation>Cyfarfod TAT</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="498"/>
        <source>(none)</source>
        <translation>(dim)</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="500"/>
        <source>e.g. The children get to school on time every day</source>
        <translation>e.e. Mae&apos;r plant yn cyrraedd yr ysgol ar amser bob dydd</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="502"/>
        <source>Remove</source>
        <translation>Tynnu</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="504"/>
        <source>What will be done</source>
        <translation>Beth fydd yn cael ei wneud</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="506"/>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="508"/>
        <source>e.g. Demoford Primary School</source>
        <translation>e.e. Ysgol Gynradd Demoford</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="510"/>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="512"/>
        <source>Agency type</source>
        <translation>Math o asiantaeth</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="514"/>
        <source>Who will do it</source>
        <translation>Pwy fydd yn ei wneud</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="516"/>
        <source>By when</source>
        <translation>Erbyn pryd</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="518"/>
        <source>Agency</source>
        <translation>Asiantaeth</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="520"/>
        <source>Outcome {n}</source>
        <translation>Canlyniad {n}</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="522"/>
        <source>Remove outcome {n}</source>
        <translation>Tynnu canlyniad {n}</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="524"/>
        <source>Action {n}: agency type</source>
        <translation>Cam gweithredu {n}: math o asiantaeth</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="526"/>
        <source>Action {n}: status</source>
        <translation>Cam gweithredu {n}: statws</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="528"/>
        <source>Remove action {n}</source>
        <translation>Tynnu cam gweithredu {n}</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="530"/>
        <source>Action {n}: {field}</source>
        <translation>Cam gweithredu {n}: {field}</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="532"/>
        <source>Needs it addresses: {needs}</source>
        <translation>Anghenion y mae&apos;n mynd i&apos;r afael â nhw: {needs}</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="534"/>
        <source>Action {n}</source>
        <translation>Cam gweithredu {n}</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="536"/>
        <source>Role</source>
        <translation>Rôl</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="538"/>
        <source>Agency name</source>
        <translation>Enw&apos;r asiantaeth</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="540"/>
        <source>e.g. Mum</source>
        <translation>e.e. Mam</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="542"/>
        <source>Optional</source>
        <translation>Dewisol</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="544"/>
        <source>Came</source>
        <translation>Daeth</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="546"/>
        <source>Person {n}: name</source>
        <translation>Person {n}: enw</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="548"/>
        <source>Person {n}: role</source>
        <translation>Person {n}: rôl</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="550"/>
        <source>Person {n}: agency</source>
        <translation>Person {n}: asiantaeth</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="552"/>
        <source>Person {n}: agency name</source>
        <translation>Person {n}: enw&apos;r asiantaeth</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="554"/>
        <source>Person {n} came (untick: sent apologies)</source>
        <translation>Daeth person {n} (dad-diciwch: anfonodd ymddiheuriadau)</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="556"/>
        <source>Action {n}: progress</source>
        <translation>Cam gweithredu {n}: cynnydd</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="558"/>
        <source>Who</source>
        <translation>Pwy</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="560"/>
        <source>Works towards / needs</source>
        <translation>Yn gweithio tuag at / anghenion</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="562"/>
        <source>What the family wants to be different</source>
        <translation>Beth mae&apos;r teulu eisiau iddo fod yn wahanol</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="564"/>
        <source>Actions</source>
        <translation>Camau gweithredu</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="566"/>
        <source>No outcomes written yet.</source>
        <translation>Dim canlyniadau wedi&apos;u hysgrifennu eto.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="568"/>
        <source>No actions yet.</source>
        <translation>Dim camau gweithredu eto.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="570"/>
        <source>What the family says about the plan</source>
        <translation>Beth mae&apos;r teulu&apos;n ei ddweud am y cynllun</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="572"/>
        <source>Version {n}, saved {date} by {who}</source>
        <translation>Fersiwn {n}, wedi&apos;i chadw {date} gan {who}</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="574"/>
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
        <location filename="../gui/family_file/costs/prevented_cost_dialog.py" line="192"/>
        <source>Change a prevented cost</source>
        <translation>Newid cost a ataliwyd</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/prevented_cost_dialog.py" line="192"/>
        <source>Add a prevented cost</source>
        <translation>Ychwanegu cost a ataliwyd</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/prevented_cost_dialog.py" line="210"/>
        <source>Something the family would probably have needed without your work, priced with a published unit cost. Be realistic: the figures are reduced for how likely it was, what would have happened anyway and how good the evidence is.</source>
        <translation>Rhywbeth y byddai&apos;r teulu wedi bod ei angen yn ôl pob tebyg heb eich gwaith, wedi&apos;i brisio gyda chost uned gyhoeddedig. Byddwch yn realistig: mae&apos;r ffigurau&apos;n cael eu lleihau yn ôl pa mor debygol oedd e, beth fyddai wedi digwydd beth bynnag a pha mor dda yw&apos;r dystiolaeth.</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/prevented_cost_dialog.py" line="216"/>
        <source>&amp;What was avoided</source>
        <translation>Beth a &amp;osgowyd</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/prevented_cost_dialog.py" line="217"/>
        <source>For example: the youngest child going into care</source>
        <translation>Er enghraifft: y plentyn ieuengaf yn mynd i ofal</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/prevented_cost_dialog.py" line="219"/>
        <source>&amp;Unit cost</source>
        <translation>Cost &amp;uned</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/prevented_cost_dialog.py" line="222"/>
        <source>Search the GMCA unit cost database and your organisation&apos;s local costs.</source>
        <translation>Chwilio cronfa ddata costau uned GMCA a chostau lleol eich sefydliad.</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/prevented_cost_dialog.py" line="227"/>
        <source>Kept as recorded: {value} {unit} ({year} prices). Choose another to change it.</source>
        <translation>Wedi&apos;i chadw fel y&apos;i cofnodwyd: {value} {unit} (prisiau {year}). Dewiswch un arall i&apos;w newid.</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/prevented_cost_dialog.py" line="235"/>
        <source>How &amp;many</source>
        <translation>Sa&amp;wl un</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/prevented_cost_dialog.py" line="238"/>
        <source>How many times, people or placements (for example 3 A&amp;E visits).</source>
        <translation>Sawl gwaith, person neu leoliad (er enghraifft 3 ymweliad ag adran achosion brys).</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/prevented_cost_dialog.py" line="245"/>
        <source>How many of the unit cost&apos;s units each one lasts: 52 for a year at a weekly cost, 1 for a one-off cost.</source>
        <translation>Sawl un o unedau&apos;r gost uned mae pob un yn para: 52 am flwyddyn ar gost wythnosol, 1 am gost unwaith yn unig.</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/prevented_cost_dialog.py" line="241"/>
        <source>For how lon&amp;g</source>
        <translation>Am ba &amp;hyd</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/prevented_cost_dialog.py" line="250"/>
        <source>For example: weeks</source>
        <translation>Er enghraifft: wythnosau</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/prevented_cost_dialog.py" line="250"/>
        <source>Duration un&amp;it</source>
        <translation>Uned yr h&amp;yd</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/prevented_cost_dialog.py" line="252"/>
        <source>How sure are we?</source>
        <translation>Pa mor sicr ydyn ni?</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/prevented_cost_dialog.py" line="254"/>
        <source>&amp;Likelihood</source>
        <translation>&amp;Tebygolrwydd</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/prevented_cost_dialog.py" line="260"/>
        <source>&amp;Evidence strength</source>
        <translation>Cryfder y &amp;dystiolaeth</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/prevented_cost_dialog.py" line="266"/>
        <source>&amp;Deadweight</source>
        <translation>&amp;Pwysau marw</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/prevented_cost_dialog.py" line="272"/>
        <source>&amp;Attribution</source>
        <translation>Pr&amp;iodoli</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/prevented_cost_dialog.py" line="277"/>
        <source>Who gains, and when</source>
        <translation>Pwy sy&apos;n elwa, a phryd</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/prevented_cost_dialog.py" line="279"/>
        <source>&amp;Benefit to</source>
        <translation>&amp;Budd i</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/prevented_cost_dialog.py" line="284"/>
        <source>Cas&amp;hable: a budget is actually freed up (public money only)</source>
        <translation>&amp;Arian parod: mae cyllideb yn cael ei rhyddhau go iawn (arian cyhoeddus yn unig)</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/prevented_cost_dialog.py" line="291"/>
        <source>For how many &amp;years</source>
        <translation>Am sawl b&amp;lwyddyn</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/prevented_cost_dialog.py" line="294"/>
        <source>1 for a one-off saving; the cost is counted again in each year.</source>
        <translation>1 am arbediad unwaith yn unig; mae&apos;r gost yn cael ei chyfrif eto bob blwyddyn.</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/prevented_cost_dialog.py" line="297"/>
        <source>D&amp;rop-off</source>
        <translation>Ll&amp;eihad</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/prevented_cost_dialog.py" line="300"/>
        <source>Drop-off: how much of the effect wears off each year after the first.</source>
        <translation>Lleihad: faint o&apos;r effaith sy&apos;n pylu bob blwyddyn ar ôl y gyntaf.</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/prevented_cost_dialog.py" line="302"/>
        <source>Assessment</source>
        <translation>Asesiad</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/prevented_cost_dialog.py" line="304"/>
        <source>&amp;Outcome area</source>
        <translation>&amp;Maes canlyniad</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/prevented_cost_dialog.py" line="308"/>
        <source>Not linked to an outcome area</source>
        <translation>Heb ei gysylltu â maes canlyniad</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/prevented_cost_dialog.py" line="314"/>
        <source>S&amp;tatus</source>
        <translation>&amp;Statws</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/prevented_cost_dialog.py" line="319"/>
        <source>Assessed o&amp;n</source>
        <translation>Aseswyd a&amp;r</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/prevented_cost_dialog.py" line="323"/>
        <source>Why we thin&amp;k so</source>
        <translation>Pam rydyn &amp;ni&apos;n meddwl hynny</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/prevented_cost_dialog.py" line="317"/>
        <source>Only a team leader can agree a line (for example at a closure review).</source>
        <translation>Dim ond arweinydd tîm all gytuno ar linell (er enghraifft mewn adolygiad cau).</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/prevented_cost_dialog.py" line="326"/>
        <source>What made it likely: for example a strategy discussion, a notice served.</source>
        <translation>Beth oedd yn ei wneud yn debygol: er enghraifft trafodaeth strategaeth, hysbysiad wedi&apos;i gyflwyno.</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/prevented_cost_dialog.py" line="332"/>
        <source>&amp;Save prevented cost</source>
        <translation>&amp;Cadw&apos;r gost a ataliwyd</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/prevented_cost_dialog.py" line="356"/>
        <source>a prevented cost</source>
        <translation>cost a ataliwyd</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/prevented_cost_dialog.py" line="357"/>
        <source>Prevented cost: {what}</source>
        <translation>Cost a ataliwyd: {what}</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="404"/>
        <source>price year not stated</source>
        <translation>blwyddyn y prisiau heb ei nodi</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="406"/>
        <source>local</source>
        <translation>lleol</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <location filename="more_messages.py" line="1478"/>
        <source>&amp;Select All</source>
        <translation>&amp;Dewis y cyfan</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1480"/>
        <source>&amp;Step up</source>
        <translation>Camu i &amp;fyny</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1482"/>
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
        <location filename="more_messages.py" line="1448"/>
        <source>&amp;Undo</source>
        <translation>&amp;Dadwneud</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1450"/>
        <source>&amp;Redo</source>
        <translation>&amp;Ail-wneud</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1452"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Torri</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1454"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copïo</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1456"/>
        <source>&amp;Paste</source>
        <translation>&amp;Gludo</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1458"/>
        <source>Delete</source>
        <translation>Dileu</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1460"/>
        <source>Select All</source>
        <translation>Dewis y cyfan</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="more_messages.py" line="1394"/>
        <source>OK</source>
        <translation>Iawn</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1396"/>
        <source>Save</source>
        <translation>Cadw</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1398"/>
        <source>Save All</source>
        <translation>Cadw&apos;r cyfan</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1400"/>
        <source>Open</source>
        <translation>Agor</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1402"/>
        <source>&amp;Yes</source>
        <translation>&amp;Ie</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1404"/>
        <source>Yes to &amp;All</source>
        <translation>Ie i&apos;r c&amp;yfan</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1406"/>
        <source>&amp;No</source>
        <translation>&amp;Na</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1408"/>
        <source>N&amp;o to All</source>
        <translation>Na i&apos;r cyf&amp;an</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1410"/>
        <source>Abort</source>
        <translation>Rhoi&apos;r gorau iddi</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1412"/>
        <source>Retry</source>
        <translation>Ceisio eto</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1414"/>
        <source>Ignore</source>
        <translation>Anwybyddu</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1416"/>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1418"/>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1420"/>
        <source>Discard</source>
        <translation>Gwaredu</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1422"/>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1424"/>
        <source>Apply</source>
        <translation>Gweithredu</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1426"/>
        <source>Reset</source>
        <translation>Ailosod</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1428"/>
        <source>Restore Defaults</source>
        <translation>Adfer y rhagosodiadau</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location filename="more_messages.py" line="1462"/>
        <source>&amp;Undo</source>
        <translation>&amp;Dadwneud</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1464"/>
        <source>&amp;Redo</source>
        <translation>&amp;Ail-wneud</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1466"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Torri</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1468"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copïo</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1470"/>
        <source>&amp;Paste</source>
        <translation>&amp;Gludo</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1472"/>
        <source>Delete</source>
        <translation>Dileu</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1474"/>
        <source>Select All</source>
        <translation>Dewis y cyfan</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1476"/>
        <source>Copy &amp;Link Location</source>
        <translation>Copïo cyfeiriad y do&amp;len</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <location filename="more_messages.py" line="1430"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Nesaf &gt;</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1432"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Yn ôl</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1434"/>
        <source>&amp;Finish</source>
        <translation>&amp;Gorffen</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1436"/>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1438"/>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1440"/>
        <source>Go Back</source>
        <translation>Mynd yn ôl</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1442"/>
        <source>Continue</source>
        <translation>Parhau</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1444"/>
        <source>Commit</source>
        <translation>Ymrwymo</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1446"/>
        <source>Done</source>
        <translation>Wedi&apos;i wneud</translation>
    </message>
</context>
<context>
    <name>Radar</name>
    <message>
        <location filename="more_messages.py" line="476"/>
        <source>Outcome radar chart</source>
        <translation>Siart radar y canlyniadau</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="478"/>
        <source>First reading</source>
        <translation>Darlleniad cyntaf</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="480"/>
        <source>Reading</source>
        <translation>Darlleniad</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="482"/>
        <source>Latest reading</source>
        <translation>Darlleniad diweddaraf</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="484"/>
        <source>A radar chart needs at least three areas.</source>
        <translation>Mae angen o leiaf tri maes ar siart radar.</translation>
    </message>
</context>
<context>
    <name>RecoveryKey</name>
    <message>
        <location filename="more_messages.py" line="626"/>
        <source>Kept by: ______________________   Where: ______________________</source>
        <translation>Yn cael ei chadw gan: ______________________   Ble: ______________________</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="628"/>
        <source>This key opens every family file in this organisation&apos;s FamilyCase vault. Use it only if workers lose their passwords, or to check the whole vault. Keep this page locked away (for example in a safe) and away from the computer. FamilyCase does not keep a copy: if it is lost, it cannot be shown again.</source>
        <translation>Mae&apos;r allwedd hon yn agor pob ffeil teulu yng nghladdgell FamilyCase y sefydliad hwn. Defnyddiwch hi dim ond os bydd gweithwyr yn colli eu cyfrineiriau, neu i wirio&apos;r gladdgell gyfan. Cadwch y dudalen hon dan glo (er enghraifft mewn sêff) ac i ffwrdd o&apos;r cyfrifiadur. Dydy FamilyCase ddim yn cadw copi: os bydd yn mynd ar goll, does dim modd ei dangos eto.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="630"/>
        <source>Organisation: {organisation}. Made on {date}.</source>
        <translation>Sefydliad: {organisation}. Wedi&apos;i gwneud ar {date}.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="632"/>
        <source>FamilyCase organisation recovery key</source>
        <translation>Allwedd adfer sefydliad FamilyCase</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPage</name>
    <message>
        <location filename="../gui/session/first_run.py" line="256"/>
        <source>Your organisation recovery key</source>
        <translation>Allwedd adfer eich sefydliad</translation>
    </message>
    <message>
        <location filename="../gui/session/first_run.py" line="259"/>
        <source>This key opens every family file if workers lose their passwords. It is shown only now: FamilyCase does not keep a copy.</source>
        <translation>Mae&apos;r allwedd hon yn agor pob ffeil teulu os bydd gweithwyr yn colli eu cyfrineiriau. Mae&apos;n cael ei dangos nawr yn unig: dydy FamilyCase ddim yn cadw copi.</translation>
    </message>
    <message>
        <location filename="../gui/session/first_run.py" line="265"/>
        <source>Recovery key</source>
        <translation>Allwedd adfer</translation>
    </message>
    <message>
        <location filename="../gui/session/first_run.py" line="274"/>
        <source>&lt;b&gt;Print this key, or write it down carefully, and lock it away&lt;/b&gt; (for example in the office safe), away from this computer. Do not photograph it, email it or save it in a file. It uses only the letters A to Z and the digits 2 to 7, so there is no zero or one to mistake for O or I.</source>
        <translation>&lt;b&gt;Argraffwch yr allwedd hon, neu ysgrifennwch hi&apos;n ofalus, a&apos;i chadw dan glo&lt;/b&gt; (er enghraifft yn sêff y swyddfa), i ffwrdd o&apos;r cyfrifiadur hwn. Peidiwch â thynnu llun ohoni, ei hanfon drwy e-bost na&apos;i chadw mewn ffeil. Mae&apos;n defnyddio&apos;r llythrennau A i Z a&apos;r digidau 2 i 7 yn unig, felly does dim sero nac un i&apos;w cymysgu ag O neu I.</translation>
    </message>
    <message>
        <location filename="../gui/session/first_run.py" line="282"/>
        <source>&amp;Print the recovery key…</source>
        <translation>&amp;Argraffu&apos;r allwedd adfer…</translation>
    </message>
    <message>
        <location filename="../gui/session/first_run.py" line="287"/>
        <source>I have printed or &amp;written down the recovery key and stored it safely</source>
        <translation>Rydw i wedi argraffu neu &amp;ysgrifennu&apos;r allwedd adfer a&apos;i chadw&apos;n ddiogel</translation>
    </message>
    <message>
        <location filename="../gui/session/first_run.py" line="289"/>
        <source>I have stored the recovery key safely</source>
        <translation>Rydw i wedi cadw&apos;r allwedd adfer yn ddiogel</translation>
    </message>
    <message>
        <location filename="../gui/session/first_run.py" line="315"/>
        <source>Print the recovery key</source>
        <translation>Argraffu&apos;r allwedd adfer</translation>
    </message>
    <message>
        <location filename="../gui/session/first_run.py" line="325"/>
        <source>Sent to the printer. Check the page before you tick the box below.</source>
        <translation>Wedi&apos;i hanfon i&apos;r argraffydd. Gwiriwch y dudalen cyn ticio&apos;r blwch isod.</translation>
    </message>
    <message>
        <location filename="../gui/session/first_run.py" line="327"/>
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
        <location filename="../gui/costs/returns_dialog.py" line="68"/>
        <location filename="../gui/costs/returns_dialog.py" line="74"/>
        <source>Cost-saving return</source>
        <translation>Ffurflen arbedion cost</translation>
    </message>
    <message>
        <location filename="../gui/costs/returns_dialog.py" line="78"/>
        <source>Adds up what early help prevented for the families you choose: the costs avoided, what the work cost and the benefit for every £1 spent, by agency and by outcome area. Only prevented costs assessed, and money spent, in the period count. You need to hold a family&apos;s key for it to be counted.</source>
        <translation>Yn adio&apos;r hyn a ataliodd cymorth cynnar i&apos;r teuluoedd a ddewiswch: y costau a osgowyd, cost y gwaith a&apos;r budd am bob £1 a wariwyd, yn ôl asiantaeth ac yn ôl maes canlyniad. Dim ond costau a ataliwyd a aseswyd, ac arian a wariwyd, yn y cyfnod sy&apos;n cyfrif. Mae angen i chi ddal allwedd teulu er mwyn iddo gael ei gyfrif.</translation>
    </message>
    <message>
        <location filename="../gui/costs/returns_dialog.py" line="94"/>
        <source>Every family I can open in my team</source>
        <translation>Pob teulu yn fy nhîm y galla i ei agor</translation>
    </message>
    <message>
        <location filename="../gui/costs/returns_dialog.py" line="96"/>
        <source>Every family I can open</source>
        <translation>Pob teulu y galla i ei agor</translation>
    </message>
    <message>
        <location filename="../gui/costs/returns_dialog.py" line="98"/>
        <source>The {n} selected in the list</source>
        <translation>Y {n} a ddewiswyd yn y rhestr</translation>
    </message>
    <message>
        <location filename="../gui/costs/returns_dialog.py" line="102"/>
        <source>Families selected in the list (none selected: close, select, reopen)</source>
        <translation>Teuluoedd a ddewiswyd yn y rhestr (dim wedi&apos;u dewis: caewch, dewiswch, ailagorwch)</translation>
    </message>
    <message>
        <location filename="../gui/costs/returns_dialog.py" line="122"/>
        <source>% a year (HM Treasury Green Book: 3.5)</source>
        <translation>% y flwyddyn (Llyfr Gwyrdd y Trysorlys: 3.5)</translation>
    </message>
    <message>
        <location filename="../gui/costs/returns_dialog.py" line="126"/>
        <source> years</source>
        <translation> mlynedd</translation>
    </message>
    <message>
        <location filename="../gui/costs/returns_dialog.py" line="130"/>
        <source>How many years of savings to count; anything later is left out.</source>
        <translation>Sawl blwyddyn o arbedion i&apos;w cyfrif; mae unrhyw beth wedyn yn cael ei adael allan.</translation>
    </message>
    <message>
        <location filename="../gui/costs/returns_dialog.py" line="137"/>
        <source>Every amount is shown in this financial year&apos;s prices; older unit costs are uprated. Leave blank for the year the period ends in.</source>
        <translation>Mae pob swm yn cael ei ddangos ym mhrisiau&apos;r flwyddyn ariannol hon; mae costau uned hŷn yn cael eu codi. Gadewch yn wag ar gyfer y flwyddyn y mae&apos;r cyfnod yn dod i ben ynddi.</translation>
    </message>
    <message>
        <location filename="../gui/costs/returns_dialog.py" line="142"/>
        <source>Count &amp;agreed lines only (not proposed ones)</source>
        <translation>Cyfrif llinellau wedi&apos;u &amp;cytuno yn unig (nid rhai arfaethedig)</translation>
    </message>
    <message>
        <location filename="../gui/costs/returns_dialog.py" line="144"/>
        <source>CS&amp;V (one table, for other systems)</source>
        <translation>CS&amp;V (un tabl, ar gyfer systemau eraill)</translation>
    </message>
    <message>
        <location filename="../gui/costs/returns_dialog.py" line="145"/>
        <source>E&amp;xcel workbook (with formulas)</source>
        <translation>Llyfr gwaith E&amp;xcel (gyda fformiwlâu)</translation>
    </message>
    <message>
        <location filename="../gui/costs/returns_dialog.py" line="147"/>
        <source>P&amp;DF (with charts, to print)</source>
        <translation>P&amp;DF (gyda siartiau, i&apos;w argraffu)</translation>
    </message>
    <message>
        <location filename="../gui/costs/returns_dialog.py" line="155"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Pori…</translation>
    </message>
    <message>
        <location filename="../gui/costs/returns_dialog.py" line="157"/>
        <source>Choose the folder</source>
        <translation>Dewis y ffolder</translation>
    </message>
    <message>
        <location filename="../gui/costs/returns_dialog.py" line="168"/>
        <source>Period &amp;to</source>
        <translation>Cyfnod &amp;hyd at</translation>
    </message>
    <message>
        <location filename="../gui/costs/returns_dialog.py" line="169"/>
        <source>&amp;Families</source>
        <translation>&amp;Teuluoedd</translation>
    </message>
    <message>
        <location filename="../gui/costs/returns_dialog.py" line="170"/>
        <source>Disc&amp;ount rate</source>
        <translation>Cyfradd ddisgow&amp;nt</translation>
    </message>
    <message>
        <location filename="../gui/costs/returns_dialog.py" line="171"/>
        <source>Years &amp;counted</source>
        <translation>Blynyddoedd a gyf&amp;rifir</translation>
    </message>
    <message>
        <location filename="../gui/costs/returns_dialog.py" line="172"/>
        <source>&amp;Prices of year</source>
        <translation>Prisiau&apos;r flwydd&amp;yn</translation>
    </message>
    <message>
        <location filename="../gui/costs/returns_dialog.py" line="174"/>
        <source>Formats</source>
        <translation>Fformatau</translation>
    </message>
    <message>
        <location filename="../gui/costs/returns_dialog.py" line="167"/>
        <source>Period f&amp;rom</source>
        <translation>Cyfnod &amp;o</translation>
    </message>
    <message>
        <location filename="../gui/costs/returns_dialog.py" line="175"/>
        <source>Save &amp;in folder</source>
        <translation>Cadw yn y &amp;ffolder</translation>
    </message>
    <message>
        <location filename="../gui/costs/returns_dialog.py" line="186"/>
        <source>Before you start</source>
        <translation>Cyn i chi ddechrau</translation>
    </message>
    <message>
        <location filename="../gui/costs/returns_dialog.py" line="187"/>
        <source>Progress</source>
        <translation>Cynnydd</translation>
    </message>
    <message>
        <location filename="../gui/costs/returns_dialog.py" line="189"/>
        <source>&amp;Make the return</source>
        <translation>&amp;Gwneud y ffurflen</translation>
    </message>
    <message>
        <location filename="../gui/costs/returns_dialog.py" line="193"/>
        <source>C&amp;laims check (CSV)…</source>
        <translation>Gwirio hawli&amp;adau (CSV)…</translation>
    </message>
    <message>
        <location filename="../gui/costs/returns_dialog.py" line="197"/>
        <source>Which families meet the Supporting Families outcome rules (a lead practitioner, an assessment, a plan, and each need&apos;s positive outcome held for 6 months), as a CSV in the same folder</source>
        <translation>Pa deuluoedd sy&apos;n bodloni rheolau canlyniadau Cefnogi Teuluoedd (ymarferydd arweiniol, asesiad, cynllun, a chanlyniad cadarnhaol pob angen wedi dal am 6 mis), fel CSV yn yr un ffolder</translation>
    </message>
    <message>
        <location filename="../gui/costs/returns_dialog.py" line="242"/>
        <source>All amounts will be in {year} prices. The files leave the encrypted vault: they name families by FamilyCase reference only (no names), but are still OFFICIAL-SENSITIVE. Keep them with the organisation&apos;s records and share them only with those who need them. Each file saved is recorded in the audit log.</source>
        <translation>Bydd pob swm ym mhrisiau {year}. Mae&apos;r ffeiliau&apos;n gadael y gladdgell wedi&apos;i hamgryptio: maen nhw&apos;n enwi teuluoedd yn ôl cyfeirnod FamilyCase yn unig (dim enwau), ond maen nhw&apos;n dal yn SWYDDOGOL-SENSITIF. Cadwch nhw gyda chofnodion y sefydliad a&apos;u rhannu dim ond gyda&apos;r rhai sydd eu hangen. Mae pob ffeil a gedwir yn cael ei chofnodi yn y log archwilio.</translation>
    </message>
    <message>
        <location filename="../gui/costs/returns_dialog.py" line="265"/>
        <source>Give the period as dates, such as 01/04/2025.</source>
        <translation>Rhowch y cyfnod fel dyddiadau, fel 01/04/2025.</translation>
    </message>
    <message>
        <location filename="../gui/costs/returns_dialog.py" line="267"/>
        <source>The period must end on or after the day it starts.</source>
        <translation>Rhaid i&apos;r cyfnod ddod i ben ar y diwrnod y mae&apos;n dechrau neu wedyn.</translation>
    </message>
    <message>
        <location filename="../gui/costs/returns_dialog.py" line="272"/>
        <source>Discount rate must be a number of per cent, such as 3.5.</source>
        <translation>Rhaid i&apos;r gyfradd ddisgownt fod yn nifer o bwyntiau canran, fel 3.5.</translation>
    </message>
    <message>
        <location filename="../gui/costs/returns_dialog.py" line="280"/>
        <source>The discount rate or years counted cannot be used.</source>
        <translation>Ni ellir defnyddio&apos;r gyfradd ddisgownt na&apos;r blynyddoedd a gyfrifir.</translation>
    </message>
    <message>
        <location filename="../gui/costs/returns_dialog.py" line="292"/>
        <source>Prices of year must be a financial year, such as 2025-26.</source>
        <translation>Rhaid i brisiau&apos;r flwyddyn fod yn flwyddyn ariannol, fel 2025-26.</translation>
    </message>
    <message>
        <location filename="../gui/costs/returns_dialog.py" line="308"/>
        <source>Choose the folder to save in.</source>
        <translation>Dewiswch y ffolder i gadw ynddi.</translation>
    </message>
    <message>
        <location filename="../gui/costs/returns_dialog.py" line="320"/>
        <source>Tick at least one format.</source>
        <translation>Ticiwch o leiaf un fformat.</translation>
    </message>
    <message>
        <location filename="../gui/costs/returns_dialog.py" line="359"/>
        <source>
{n} could not be opened and are listed as left out.</source>
        <translation>
Methwyd agor {n} ac maen nhw wedi&apos;u rhestru fel rhai a adawyd allan.</translation>
    </message>
    <message>
        <location filename="../gui/costs/returns_dialog.py" line="366"/>
        <source>Cost-saving return saved</source>
        <translation>Ffurflen arbedion cost wedi&apos;i chadw</translation>
    </message>
    <message>
        <location filename="../gui/costs/returns_dialog.py" line="368"/>
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
        <location filename="../gui/costs/returns_dialog.py" line="385"/>
        <source>Claims check saved</source>
        <translation>Gwiriad hawliadau wedi&apos;i gadw</translation>
    </message>
    <message>
        <location filename="../gui/costs/returns_dialog.py" line="387"/>
        <source>Saved (not encrypted):
{file}

One row per family, by reference only. It has left the encrypted vault: share it only with those who need it.</source>
        <translation>Wedi&apos;i gadw (heb ei amgryptio):
{file}

Un rhes i bob teulu, yn ôl cyfeirnod yn unig. Mae wedi gadael y gladdgell wedi&apos;i hamgryptio: rhannwch hi dim ond gyda&apos;r rhai sydd ei hangen.</translation>
    </message>
    <message>
        <location filename="../gui/costs/returns_dialog.py" line="396"/>
        <source>Folder for the return</source>
        <translation>Ffolder ar gyfer y ffurflen</translation>
    </message>
    <message>
        <location filename="../gui/costs/returns_dialog.py" line="406"/>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <location filename="../gui/costs/returns_dialog.py" line="409"/>
        <source>Stopped: nothing was produced and no file was saved.</source>
        <translation>Wedi stopio: chafodd dim ei gynhyrchu a chafodd dim ffeil ei chadw.</translation>
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
        <location filename="../gui/family_file/costs/spend_dialog.py" line="24"/>
        <source>Add a cost of the work</source>
        <translation>Ychwanegu cost y gwaith</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/spend_dialog.py" line="30"/>
        <source>What the work cost: key worker time (hours and an hourly rate) or money spent (flexible spend, a personal budget, a commissioned service). Give an amount, or the hours and the rate.</source>
        <translation>Beth gostiodd y gwaith: amser gweithiwr allweddol (oriau a chyfradd yr awr) neu arian a wariwyd (gwariant hyblyg, cyllideb bersonol, gwasanaeth a gomisiynwyd). Rhowch swm, neu&apos;r oriau a&apos;r gyfradd.</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/spend_dialog.py" line="37"/>
        <source>&amp;Kind</source>
        <translation>&amp;Math</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/spend_dialog.py" line="39"/>
        <source>&amp;Date</source>
        <translation>&amp;Dyddiad</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/spend_dialog.py" line="41"/>
        <source>&amp;What it paid for</source>
        <translation>Am beth y &amp;talodd</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/spend_dialog.py" line="42"/>
        <source>&amp;Amount (£)</source>
        <translation>&amp;Swm (£)</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/spend_dialog.py" line="43"/>
        <source>&amp;Hours</source>
        <translation>&amp;Oriau</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/spend_dialog.py" line="44"/>
        <source>Hourly &amp;rate (£)</source>
        <translation>Cyfradd yr a&amp;wr (£)</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/spend_dialog.py" line="45"/>
        <source>Agency &amp;paying</source>
        <translation>&amp;Asiantaeth sy&apos;n talu</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/spend_dialog.py" line="46"/>
        <source>S&amp;ource</source>
        <translation>&amp;Ffynhonnell</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/spend_dialog.py" line="52"/>
        <source>Cost of the work: {what}</source>
        <translation>Cost y gwaith: {what}</translation>
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
        <location filename="../gui/team/overview.py" line="390"/>
        <source>{families}, weight {weight}</source>
        <translation>{families}, pwysau {weight}</translation>
    </message>
    <message>
        <location filename="../gui/team/overview.py" line="425"/>
        <location filename="more_messages.py" line="634"/>
        <source>Some people: {state}</source>
        <translation>Rhai pobl: {state}</translation>
    </message>
</context>
<context>
    <name>TierDialog</name>
    <message>
        <location filename="../gui/family_file/work/tier_dialog.py" line="33"/>
        <source>Step up or step down</source>
        <translation>Camu i fyny neu gamu i lawr</translation>
    </message>
    <message>
        <location filename="../gui/family_file/work/tier_dialog.py" line="41"/>
        <source>{family} is at tier {tier} now. Stepping up to tier 4 hands the family to children&apos;s social care; stepping down brings them back to early help.</source>
        <translation>Mae {family} ar haen {tier} nawr. Mae camu i fyny i haen 4 yn trosglwyddo&apos;r teulu i wasanaethau cymdeithasol plant; mae camu i lawr yn dod â nhw&apos;n ôl i gymorth cynnar.</translation>
    </message>
    <message>
        <location filename="../gui/family_file/work/tier_dialog.py" line="49"/>
        <source>New &amp;tier</source>
        <translation>&amp;Haen newydd</translation>
    </message>
    <message>
        <location filename="../gui/family_file/work/tier_dialog.py" line="54"/>
        <source>&amp;Date</source>
        <translation>&amp;Dyddiad</translation>
    </message>
    <message>
        <location filename="../gui/family_file/work/tier_dialog.py" line="56"/>
        <source>Rea&amp;son</source>
        <translation>&amp;Rheswm</translation>
    </message>
    <message>
        <location filename="../gui/family_file/work/tier_dialog.py" line="58"/>
        <source>Why the family is moving tier, and who decided.</source>
        <translation>Pam mae&apos;r teulu&apos;n symud haen, a phwy benderfynodd.</translation>
    </message>
    <message>
        <location filename="../gui/family_file/work/tier_dialog.py" line="62"/>
        <source>&amp;Record the change</source>
        <translation>&amp;Cofnodi&apos;r newid</translation>
    </message>
    <message>
        <location filename="../gui/family_file/work/tier_dialog.py" line="73"/>
        <source>This is a step up.</source>
        <translation>Camu i fyny yw hyn.</translation>
    </message>
    <message>
        <location filename="../gui/family_file/work/tier_dialog.py" line="75"/>
        <source>This is a step down.</source>
        <translation>Camu i lawr yw hyn.</translation>
    </message>
    <message>
        <location filename="../gui/family_file/work/tier_dialog.py" line="79"/>
        <source>Tier change for {family}</source>
        <translation>Newid haen ar gyfer {family}</translation>
    </message>
</context>
<context>
    <name>TimelineTab</name>
    <message>
        <location filename="../gui/family_file/timeline/tab.py" line="35"/>
        <source>Timeline of the family&apos;s file</source>
        <translation>Llinell amser ffeil y teulu</translation>
    </message>
    <message>
        <location filename="../gui/family_file/timeline/tab.py" line="42"/>
        <source>Everything recorded in this family&apos;s file, newest first: referrals, tier changes, lead professionals, contacts and closure.</source>
        <translation>Popeth a gofnodwyd yn ffeil y teulu hwn, y diweddaraf yn gyntaf: atgyfeiriadau, newidiadau haen, gweithwyr proffesiynol arweiniol, cysylltiadau a chau.</translation>
    </message>
    <message>
        <location filename="../gui/family_file/timeline/tab.py" line="56"/>
        <source>Nothing recorded yet.</source>
        <translation>Dim wedi&apos;i gofnodi eto.</translation>
    </message>
    <message>
        <location filename="../gui/family_file/timeline/tab.py" line="77"/>
        <source>Seen: {who}</source>
        <translation>Gwelwyd: {who}</translation>
    </message>
    <message>
        <location filename="../gui/family_file/timeline/tab.py" line="79"/>
        <source>Decided by {who}</source>
        <translation>Penderfynwyd gan {who}</translation>
    </message>
</context>
<context>
    <name>UnitCostPicker</name>
    <message>
        <location filename="../gui/family_file/costs/prevented_cost_dialog.py" line="102"/>
        <source>Search: foster, A&amp;E, eviction, police, SS2.0…</source>
        <translation>Chwilio: maethu, adran achosion brys, troi allan, heddlu, SS2.0…</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/prevented_cost_dialog.py" line="103"/>
        <source>Search the unit costs</source>
        <translation>Chwilio&apos;r costau uned</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/prevented_cost_dialog.py" line="107"/>
        <source>Matching unit costs</source>
        <translation>Costau uned sy&apos;n cyfateb</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/prevented_cost_dialog.py" line="156"/>
        <source>No unit cost chosen yet.</source>
        <translation>Dim cost uned wedi&apos;i dewis eto.</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/prevented_cost_dialog.py" line="159"/>
        <source>Chosen: {text}. Source: {citation}</source>
        <translation>Wedi dewis: {text}. Ffynhonnell: {citation}</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../gui/session/unlock.py" line="72"/>
        <source>Unlock FamilyCase</source>
        <translation>Datgloi FamilyCase</translation>
    </message>
    <message>
        <location filename="../gui/session/unlock.py" line="75"/>
        <source>FamilyCase</source>
        <translation>FamilyCase</translation>
    </message>
    <message>
        <location filename="../gui/session/unlock.py" line="77"/>
        <source>Family case files</source>
        <translation>Ffeiliau achos teuluoedd</translation>
    </message>
    <message>
        <location filename="../gui/session/unlock.py" line="81"/>
        <source>Family files are kept encrypted. Enter your password to open your caseload.</source>
        <translation>Mae ffeiliau teulu&apos;n cael eu cadw wedi&apos;u hamgryptio. Rhowch eich cyfrinair i agor eich llwyth achosion.</translation>
    </message>
    <message>
        <location filename="../gui/session/unlock.py" line="88"/>
        <source>&lt;b&gt;Demo vault&lt;/b&gt;: every family in it is made up.&lt;br&gt;Every demo user&apos;s password is &lt;b&gt;{password}&lt;/b&gt;; try &apos;&lt;b&gt;sam&lt;/b&gt;&apos; (team leader) or &apos;&lt;b&gt;priya&lt;/b&gt;&apos; (key worker).</source>
        <translation>&lt;b&gt;Claddgell enghreifftiol&lt;/b&gt;: mae pob teulu ynddi wedi&apos;i ddyfeisio.&lt;br&gt;Cyfrinair pob defnyddiwr enghreifftiol yw &lt;b&gt;{password}&lt;/b&gt;; rhowch gynnig ar &apos;&lt;b&gt;sam&lt;/b&gt;&apos; (arweinydd tîm) neu &apos;&lt;b&gt;priya&lt;/b&gt;&apos; (gweithiwr allweddol).</translation>
    </message>
    <message>
        <location filename="../gui/session/unlock.py" line="96"/>
        <source>Demo vault</source>
        <translation>Claddgell enghreifftiol</translation>
    </message>
    <message>
        <location filename="../gui/session/unlock.py" line="102"/>
        <source>Notice</source>
        <translation>Hysbysiad</translation>
    </message>
    <message>
        <location filename="../gui/session/unlock.py" line="109"/>
        <source>User name</source>
        <translation>Enw defnyddiwr</translation>
    </message>
    <message>
        <location filename="../gui/session/unlock.py" line="111"/>
        <source>Your user name</source>
        <translation>Eich enw defnyddiwr</translation>
    </message>
    <message>
        <location filename="../gui/session/unlock.py" line="122"/>
        <source>Password</source>
        <translation>Cyfrinair</translation>
    </message>
    <message>
        <location filename="../gui/session/unlock.py" line="123"/>
        <source>Your password</source>
        <translation>Eich cyfrinair</translation>
    </message>
    <message>
        <location filename="../gui/session/unlock.py" line="131"/>
        <source>&amp;User name</source>
        <translation>Enw &amp;defnyddiwr</translation>
    </message>
    <message>
        <location filename="../gui/session/unlock.py" line="133"/>
        <source>&amp;Password</source>
        <translation>&amp;Cyfrinair</translation>
    </message>
    <message>
        <location filename="../gui/session/unlock.py" line="139"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../gui/session/unlock.py" line="145"/>
        <source>Unlocking</source>
        <translation>Datgloi</translation>
    </message>
    <message>
        <location filename="../gui/session/unlock.py" line="147"/>
        <source>Checking your password…</source>
        <translation>Wrthi&apos;n gwirio eich cyfrinair…</translation>
    </message>
    <message>
        <location filename="../gui/session/unlock.py" line="153"/>
        <location filename="../gui/session/unlock.py" line="157"/>
        <source>Unlock</source>
        <translation>Datgloi</translation>
    </message>
    <message>
        <location filename="../gui/session/unlock.py" line="158"/>
        <source>Quit</source>
        <translation>Gadael</translation>
    </message>
    <message>
        <location filename="../gui/session/unlock.py" line="230"/>
        <source>Enter your user name.</source>
        <translation>Rhowch eich enw defnyddiwr.</translation>
    </message>
    <message>
        <location filename="../gui/session/unlock.py" line="234"/>
        <source>Enter your password.</source>
        <translation>Rhowch eich cyfrinair.</translation>
    </message>
    <message>
        <location filename="../gui/session/unlock.py" line="269"/>
        <location filename="../gui/session/unlock.py" line="298"/>
        <source>The user name or password is not right.</source>
        <translation>Dydy&apos;r enw defnyddiwr neu&apos;r cyfrinair ddim yn gywir.</translation>
    </message>
    <message>
        <location filename="../gui/session/unlock.py" line="273"/>
        <source>FamilyCase could not unlock: {problem}</source>
        <translation>Methodd FamilyCase ddatgloi: {problem}</translation>
    </message>
    <message>
        <location filename="../gui/session/unlock.py" line="286"/>
        <source>The user name or password is not right. Try again.</source>
        <translation>Dydy&apos;r enw defnyddiwr neu&apos;r cyfrinair ddim yn gywir. Rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <location filename="../gui/session/unlock.py" line="294"/>
        <source>You can try again in 1 second.</source>
        <translation>Gallwch chi roi cynnig arall arni ymhen 1 eiliad.</translation>
    </message>
    <message>
        <location filename="../gui/session/unlock.py" line="296"/>
        <source>You can try again in {n} seconds.</source>
        <translation>Gallwch chi roi cynnig arall arni ymhen {n} eiliad.</translation>
    </message>
</context>
<context>
    <name>Unsaved</name>
    <message>
        <location filename="more_messages.py" line="122"/>
        <source>&amp;Save</source>
        <translation>&amp;Cadw</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="124"/>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="126"/>
        <source>Not saved</source>
        <translation>Heb ei gadw</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="128"/>
        <source>&amp;Discard changes</source>
        <translation>&amp;Gwaredu&apos;r newidiadau</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="130"/>
        <source>&lt;p&gt;These changes have not been saved:&lt;/p&gt;{items}</source>
        <translation>&lt;p&gt;Dydy&apos;r newidiadau hyn ddim wedi&apos;u cadw:&lt;/p&gt;{items}</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="132"/>
        <source>&lt;p&gt;Nothing was saved, because some of it cannot be saved as it is:&lt;/p&gt;{items}&lt;p&gt;Put these right, or choose Discard.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Chafodd dim ei gadw, oherwydd na ellir cadw rhywfaint ohono fel y mae:&lt;/p&gt;{items}&lt;p&gt;Cywirwch y rhain, neu dewiswch Gwaredu.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="134"/>
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
        <location filename="../gui/session/first_run.py" line="92"/>
        <source>Enter your organisation&apos;s name.</source>
        <translation>Rhowch enw eich sefydliad.</translation>
    </message>
    <message>
        <location filename="../gui/session/first_run.py" line="95"/>
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
        <location filename="more_messages.py" line="136"/>
        <source>Deadweight: how much of the change would have happened anyway, without the work. 20% means one time in five things would have got better on their own.</source>
        <translation>Pwysau marw: faint o&apos;r newid a fyddai wedi digwydd beth bynnag, heb y gwaith. Mae 20% yn golygu y byddai pethau wedi gwella ar eu pennau eu hunain un waith o bob pump.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="138"/>
        <source>Attribution: how much of the change is down to this work rather than other services or the family&apos;s own efforts. 70% means this work gets 70% of the credit.</source>
        <translation>Priodoli: faint o&apos;r newid sy&apos;n ganlyniad i&apos;r gwaith hwn yn hytrach na gwasanaethau eraill neu ymdrechion y teulu ei hun. Mae 70% yn golygu bod y gwaith hwn yn cael 70% o&apos;r clod.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="140"/>
        <source>Optimism bias: people tend to over-estimate what they prevented, so a share is taken off, more when the evidence is weaker (none for strong, 10% moderate, 25% weak, 40% anecdotal).</source>
        <translation>Tuedd optimistiaeth: mae pobl yn tueddu i orbwysleisio&apos;r hyn a ataliwyd ganddyn nhw, felly mae cyfran yn cael ei thynnu, mwy pan fydd y dystiolaeth yn wannach (dim ar gyfer cryf, 10% cymedrol, 25% gwan, 40% storïol).</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="142"/>
        <source>How likely it was to happen without the work. 40% means it would probably not have happened, but there was a real risk.</source>
        <translation>Pa mor debygol oedd hi o ddigwydd heb y gwaith. Mae 40% yn golygu na fyddai wedi digwydd yn ôl pob tebyg, ond bod risg go iawn.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="144"/>
        <source>Discounting: money saved in later years counts for a little less than money saved now (HM Treasury&apos;s Green Book uses 3.5% a year).</source>
        <translation>Disgowntio: mae arian a arbedir mewn blynyddoedd diweddarach yn cyfrif am ychydig yn llai nag arian a arbedir nawr (mae Llyfr Gwyrdd y Trysorlys yn defnyddio 3.5% y flwyddyn).</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="146"/>
        <source>Not set</source>
        <translation>Heb ei osod</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="148"/>
        <source>1 family</source>
        <translation>1 teulu</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="150"/>
        <source>1 review overdue</source>
        <translation>1 adolygiad yn hwyr</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="152"/>
        <source>None recorded</source>
        <translation>Heb ei gofnodi</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="154"/>
        <source>Yes</source>
        <translation>Ie</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="156"/>
        <source>No</source>
        <translation>Na</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="158"/>
        <source>no costs recorded yet</source>
        <translation>dim costau wedi&apos;u cofnodi eto</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="160"/>
        <source>Awaiting allocation</source>
        <translation>Aros am ddyraniad</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="162"/>
        <source>Open</source>
        <translation>Ar agor</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="164"/>
        <source>Stepped up</source>
        <translation>Wedi camu i fyny</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="166"/>
        <source>Closed</source>
        <translation>Wedi cau</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="168"/>
        <source>Universal</source>
        <translation>Cyffredinol</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="170"/>
        <source>Early help</source>
        <translation>Cymorth cynnar</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="172"/>
        <source>Targeted</source>
        <translation>Wedi&apos;i dargedu</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="174"/>
        <source>Complex</source>
        <translation>Cymhleth</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="176"/>
        <source>Key worker</source>
        <translation>Gweithiwr allweddol</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="178"/>
        <source>Team leader</source>
        <translation>Arweinydd tîm</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="180"/>
        <source>Manager</source>
        <translation>Rheolwr</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="182"/>
        <source>Administrator</source>
        <translation>Gweinyddwr</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="184"/>
        <source>Parent</source>
        <translation>Rhiant</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="186"/>
        <source>Step-parent</source>
        <translation>Llys-riant</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="188"/>
        <source>Carer</source>
        <translation>Gofalwr</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="190"/>
        <source>Grandparent</source>
        <translation>Mam-gu neu dad-cu</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="192"/>
        <source>Child</source>
        <translation>Plentyn</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="194"/>
        <source>Unborn child</source>
        <translation>Plentyn heb ei eni</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="196"/>
        <source>Other adult</source>
        <translation>Oedolyn arall</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="198"/>
        <source>Wider family</source>
        <translation>Teulu ehangach</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="200"/>
        <source>Female</source>
        <translation>Benyw</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="202"/>
        <source>Male</source>
        <translation>Gwryw</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="204"/>
        <source>Non-binary</source>
        <translation>Anneuaidd</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="206"/>
        <source>Other</source>
        <translation>Arall</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="208"/>
        <source>Not known</source>
        <translation>Ddim yn hysbys</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="210"/>
        <source>Prefers not to say</source>
        <translation>Mae&apos;n well ganddyn nhw beidio â dweud</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="212"/>
        <source>is a parent of</source>
        <translation>yn rhiant i</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="214"/>
        <source>is a step-parent of</source>
        <translation>yn llys-riant i</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="216"/>
        <source>is a grandparent of</source>
        <translation>yn fam-gu neu&apos;n dad-cu i</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="218"/>
        <source>is a carer of</source>
        <translation>yn ofalwr i</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="220"/>
        <source>is a brother or sister of</source>
        <translation>yn frawd neu&apos;n chwaer i</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="222"/>
        <source>is a half-brother or half-sister of</source>
        <translation>yn hanner brawd neu&apos;n hanner chwaer i</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="224"/>
        <source>is the partner of</source>
        <translation>yn bartner i</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="226"/>
        <source>is the ex-partner of</source>
        <translation>yn gyn-bartner i</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="228"/>
        <source>is otherwise related to</source>
        <translation>yn perthyn mewn ffordd arall i</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="230"/>
        <source>Current</source>
        <translation>Mewn grym</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="232"/>
        <source>Expiring soon</source>
        <translation>Yn dod i ben cyn hir</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="234"/>
        <source>Expired</source>
        <translation>Wedi dod i ben</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="236"/>
        <source>Withdrawn</source>
        <translation>Wedi&apos;i dynnu&apos;n ôl</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="238"/>
        <source>Not yet valid</source>
        <translation>Ddim yn ddilys eto</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="240"/>
        <source>The person themselves</source>
        <translation>Y person ei hun</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="242"/>
        <source>Someone with parental responsibility</source>
        <translation>Rhywun â chyfrifoldeb rhiant</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="244"/>
        <source>A young person under 16 assessed as competent</source>
        <translation>Person ifanc dan 16 a aseswyd yn gymwys</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="246"/>
        <source>A legal representative</source>
        <translation>Cynrychiolydd cyfreithiol</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="248"/>
        <source>Written (signed form)</source>
        <translation>Ysgrifenedig (ffurflen wedi&apos;i llofnodi)</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="250"/>
        <source>Verbal</source>
        <translation>Ar lafar</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="252"/>
        <source>Electronic</source>
        <translation>Electronig</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="254"/>
        <source>Consent</source>
        <translation>Caniatâd</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="256"/>
        <source>Contract</source>
        <translation>Contract</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="258"/>
        <source>Legal obligation</source>
        <translation>Rhwymedigaeth gyfreithiol</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="260"/>
        <source>Vital interests (to protect someone&apos;s life)</source>
        <translation>Buddiannau hanfodol (i ddiogelu bywyd rhywun)</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="262"/>
        <source>Public task</source>
        <translation>Tasg gyhoeddus</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="264"/>
        <source>Legitimate interests</source>
        <translation>Buddiannau cyfreithlon</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="266"/>
        <source>Shared with consent</source>
        <translation>Wedi&apos;i rannu gyda chaniatâd</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="268"/>
        <source>Shared without consent (recorded decision)</source>
        <translation>Wedi&apos;i rannu heb ganiatâd (penderfyniad wedi&apos;i gofnodi)</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="270"/>
        <source>Withheld</source>
        <translation>Wedi&apos;i ddal yn ôl</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="272"/>
        <source>{n} families</source>
        <translation>{n} o deuluoedd</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="274"/>
        <source>{n} reviews overdue</source>
        <translation>{n} o adolygiadau&apos;n hwyr</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="276"/>
        <source>Shared</source>
        <translation>Wedi&apos;i rannu</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="278"/>
        <source>Shared, some withheld</source>
        <translation>Wedi&apos;i rannu, rhywfaint wedi&apos;i ddal yn ôl</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="280"/>
        <source>Printed</source>
        <translation>Wedi&apos;i argraffu</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="282"/>
        <source>Exported</source>
        <translation>Wedi&apos;i allforio</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="284"/>
        <source>Panel</source>
        <translation>Panel</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="286"/>
        <source>Summary bundle</source>
        <translation>Bwndel crynodebau</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="288"/>
        <source>Recorded by hand</source>
        <translation>Wedi&apos;i gofnodi â llaw</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="290"/>
        <source>Strong: recorded, local and recent</source>
        <translation>Cryf: wedi&apos;i gofnodi, yn lleol ac yn ddiweddar</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="292"/>
        <source>Moderate: a professional judgement backed by records</source>
        <translation>Cymedrol: barn broffesiynol gyda chofnodion i&apos;w chefnogi</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="294"/>
        <source>Weak: a judgement with little to back it</source>
        <translation>Gwan: barn heb fawr ddim i&apos;w chefnogi</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="296"/>
        <source>Anecdotal: what someone said might happen</source>
        <translation>Storïol: beth ddwedodd rhywun a allai ddigwydd</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="298"/>
        <source>Strong</source>
        <translation>Cryf</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="300"/>
        <source>Moderate</source>
        <translation>Cymedrol</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="302"/>
        <source>Weak</source>
        <translation>Gwan</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="304"/>
        <source>Anecdotal</source>
        <translation>Storïol</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="306"/>
        <source>Proposed</source>
        <translation>Arfaethedig</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="308"/>
        <source>Agreed</source>
        <translation>Wedi cytuno</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="310"/>
        <source>Withdrawn (not counted)</source>
        <translation>Wedi&apos;i dynnu&apos;n ôl (heb ei gyfrif)</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="312"/>
        <source>Public money (a service&apos;s budget)</source>
        <translation>Arian cyhoeddus (cyllideb gwasanaeth)</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="314"/>
        <source>The wider economy (earnings, work)</source>
        <translation>Yr economi ehangach (enillion, gwaith)</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="316"/>
        <source>Wellbeing and quality of life</source>
        <translation>Llesiant ac ansawdd bywyd</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="318"/>
        <source>Key worker time</source>
        <translation>Amser gweithiwr allweddol</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="320"/>
        <source>Flexible spend</source>
        <translation>Gwariant hyblyg</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="322"/>
        <source>Personal budget</source>
        <translation>Cyllideb bersonol</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="324"/>
        <source>Commissioned service</source>
        <translation>Gwasanaeth a gomisiynwyd</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="876"/>
        <source>Assessment and planning</source>
        <translation>Asesu a chynllunio</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="878"/>
        <source>Team Around the Family</source>
        <translation>Tîm o Amgylch y Teulu</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="880"/>
        <source>Referral to a service</source>
        <translation>Atgyfeirio at wasanaeth</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="882"/>
        <source>Monitoring and reporting</source>
        <translation>Monitro ac adrodd</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="884"/>
        <source>Basic details</source>
        <translation>Manylion sylfaenol</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="886"/>
        <source>Education</source>
        <translation>Addysg</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="888"/>
        <source>Health</source>
        <translation>Iechyd</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="890"/>
        <source>Mental health</source>
        <translation>Iechyd meddwl</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="892"/>
        <source>Social care</source>
        <translation>Gofal cymdeithasol</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="894"/>
        <source>Crime and anti-social behaviour</source>
        <translation>Troseddu ac ymddygiad gwrthgymdeithasol</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="896"/>
        <source>Domestic abuse</source>
        <translation>Cam-drin domestig</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="898"/>
        <source>Substance use</source>
        <translation>Defnyddio sylweddau</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="900"/>
        <source>Housing and money</source>
        <translation>Tai ac arian</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="902"/>
        <source>Assessment and family plan</source>
        <translation>Asesiad a chynllun y teulu</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="904"/>
        <source>Outcomes</source>
        <translation>Canlyniadau</translation>
    </message>
</context>
<context>
    <name>WorkTab</name>
    <message>
        <location filename="../gui/family_file/work/tab.py" line="47"/>
        <source>Received</source>
        <translation>Derbyniwyd</translation>
    </message>
    <message>
        <location filename="../gui/family_file/work/tab.py" line="48"/>
        <source>Referred by</source>
        <translation>Wedi&apos;i atgyfeirio gan</translation>
    </message>
    <message>
        <location filename="../gui/family_file/work/tab.py" line="49"/>
        <location filename="../gui/family_file/work/tab.py" line="73"/>
        <location filename="../gui/family_file/work/tab.py" line="84"/>
        <source>Reason</source>
        <translation>Rheswm</translation>
    </message>
    <message>
        <location filename="../gui/family_file/work/tab.py" line="50"/>
        <source>Family agreed to the referral</source>
        <translation>Cytunodd y teulu i&apos;r atgyfeiriad</translation>
    </message>
    <message>
        <location filename="../gui/family_file/work/tab.py" line="51"/>
        <source>Decision</source>
        <translation>Penderfyniad</translation>
    </message>
    <message>
        <location filename="../gui/family_file/work/tab.py" line="52"/>
        <source>Referrer told the outcome</source>
        <translation>Dywedwyd wrth yr atgyfeiriwr beth ddigwyddodd</translation>
    </message>
    <message>
        <location filename="../gui/family_file/work/tab.py" line="68"/>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <location filename="../gui/family_file/work/tab.py" line="69"/>
        <source>Change</source>
        <translation>Newid</translation>
    </message>
    <message>
        <location filename="../gui/family_file/work/tab.py" line="70"/>
        <location filename="../gui/family_file/work/tab.py" line="84"/>
        <source>From</source>
        <translation>O</translation>
    </message>
    <message>
        <location filename="../gui/family_file/work/tab.py" line="71"/>
        <source>To</source>
        <translation>I</translation>
    </message>
    <message>
        <location filename="../gui/family_file/work/tab.py" line="72"/>
        <source>Decided by</source>
        <translation>Penderfynwyd gan</translation>
    </message>
    <message>
        <location filename="../gui/family_file/work/tab.py" line="76"/>
        <source>Tier history</source>
        <translation>Hanes yr haen</translation>
    </message>
    <message>
        <location filename="../gui/family_file/work/tab.py" line="78"/>
        <source>Step &amp;up or down…</source>
        <translation>Camu i &amp;fyny neu i lawr…</translation>
    </message>
    <message>
        <location filename="../gui/family_file/work/tab.py" line="79"/>
        <source>&amp;Close this episode…</source>
        <translation>&amp;Cau&apos;r cyfnod hwn o waith…</translation>
    </message>
    <message>
        <location filename="../gui/family_file/work/tab.py" line="84"/>
        <location filename="../gui/family_file/work/tab.py" line="107"/>
        <source>Lead professional</source>
        <translation>Gweithiwr proffesiynol arweiniol</translation>
    </message>
    <message>
        <location filename="../gui/family_file/work/tab.py" line="84"/>
        <source>Until</source>
        <translation>Tan</translation>
    </message>
    <message>
        <location filename="../gui/family_file/work/tab.py" line="86"/>
        <source>Lead professionals</source>
        <translation>Gweithwyr proffesiynol arweiniol</translation>
    </message>
    <message>
        <location filename="../gui/family_file/work/tab.py" line="88"/>
        <location filename="../gui/family_file/work/tab.py" line="135"/>
        <source>Change lead &amp;professional…</source>
        <translation>Newid y gweithiwr proffesiynol a&amp;rweiniol…</translation>
    </message>
    <message>
        <location filename="../gui/family_file/work/tab.py" line="99"/>
        <source>Referral</source>
        <translation>Atgyfeiriad</translation>
    </message>
    <message>
        <location filename="../gui/family_file/work/tab.py" line="102"/>
        <source>Tier</source>
        <translation>Haen</translation>
    </message>
    <message>
        <location filename="../gui/family_file/work/tab.py" line="137"/>
        <source>Allocate a lead &amp;professional…</source>
        <translation>Dyrannu gweithiwr proffesiynol a&amp;rweiniol…</translation>
    </message>
    <message>
        <location filename="../gui/family_file/work/tab.py" line="154"/>
        <source>Not yet</source>
        <translation>Ddim eto</translation>
    </message>
    <message>
        <location filename="../gui/family_file/work/tab.py" line="161"/>
        <source>&lt;b&gt;Closed on {date}&lt;/b&gt;: {reason}.&lt;br&gt;Exit plan: {plan}</source>
        <translation>&lt;b&gt;Cau ar {date}&lt;/b&gt;: {reason}.&lt;br&gt;Cynllun gadael: {plan}</translation>
    </message>
    <message>
        <location filename="../gui/family_file/work/tab.py" line="168"/>
        <source>Tier now: {tier}</source>
        <translation>Haen nawr: {tier}</translation>
    </message>
    <message>
        <location filename="../gui/family_file/work/tab.py" line="170"/>
        <source>First tier</source>
        <translation>Haen gyntaf</translation>
    </message>
    <message>
        <location filename="../gui/family_file/work/tab.py" line="171"/>
        <source>Step up</source>
        <translation>Camu i fyny</translation>
    </message>
    <message>
        <location filename="../gui/family_file/work/tab.py" line="172"/>
        <source>Step down</source>
        <translation>Camu i lawr</translation>
    </message>
    <message>
        <location filename="../gui/family_file/work/tab.py" line="194"/>
        <source>Lead professional now: {name}</source>
        <translation>Gweithiwr proffesiynol arweiniol nawr: {name}</translation>
    </message>
    <message>
        <location filename="../gui/family_file/work/tab.py" line="196"/>
        <source>No lead professional is allocated.</source>
        <translation>Does dim gweithiwr proffesiynol arweiniol wedi&apos;i ddyrannu.</translation>
    </message>
    <message>
        <location filename="../gui/family_file/work/tab.py" line="206"/>
        <source>now</source>
        <translation>nawr</translation>
    </message>
    <message>
        <location filename="../gui/family_file/work/tab.py" line="216"/>
        <source>Earlier episodes of work: {n} (see the Timeline).</source>
        <translation>Cyfnodau cynharach o waith: {n} (gweler y Llinell amser).</translation>
    </message>
</context>
<context>
    <name>WorkersWindow</name>
    <message>
        <location filename="../gui/admin/workers.py" line="179"/>
        <source>Workers – FamilyCase</source>
        <translation>Gweithwyr – FamilyCase</translation>
    </message>
    <message>
        <location filename="../gui/admin/workers.py" line="190"/>
        <source>Everyone who can sign in to FamilyCase on this vault. A disabled worker can no longer sign in; their record stays, so the audit log still names them.</source>
        <translation>Pawb sy&apos;n gallu mewngofnodi i FamilyCase ar y gladdgell hon. Ni all gweithiwr wedi&apos;i analluogi fewngofnodi mwyach; mae eu cofnod yn aros, felly mae&apos;r log archwilio&apos;n dal i&apos;w henwi.</translation>
    </message>
    <message>
        <location filename="../gui/admin/workers.py" line="200"/>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <location filename="../gui/admin/workers.py" line="200"/>
        <source>User name</source>
        <translation>Enw defnyddiwr</translation>
    </message>
    <message>
        <location filename="../gui/admin/workers.py" line="200"/>
        <source>Role</source>
        <translation>Rôl</translation>
    </message>
    <message>
        <location filename="../gui/admin/workers.py" line="200"/>
        <source>Active</source>
        <translation>Yn weithredol</translation>
    </message>
    <message>
        <location filename="../gui/admin/workers.py" line="202"/>
        <location filename="../gui/admin/workers.py" line="218"/>
        <source>Workers</source>
        <translation>Gweithwyr</translation>
    </message>
    <message>
        <location filename="../gui/admin/workers.py" line="205"/>
        <source>&amp;Add a worker…</source>
        <translation>&amp;Ychwanegu gweithiwr…</translation>
    </message>
    <message>
        <location filename="../gui/admin/workers.py" line="208"/>
        <source>&amp;Disable…</source>
        <translation>&amp;Analluogi…</translation>
    </message>
    <message>
        <location filename="../gui/admin/workers.py" line="210"/>
        <source>Stop the chosen worker signing in; their families go back to unallocated</source>
        <translation>Atal y gweithiwr a ddewiswyd rhag mewngofnodi; mae eu teuluoedd yn mynd yn ôl i fod heb eu dyrannu</translation>
    </message>
    <message>
        <location filename="../gui/admin/workers.py" line="212"/>
        <source>&amp;Refresh</source>
        <translation>A&amp;dnewyddu</translation>
    </message>
    <message>
        <location filename="../gui/admin/workers.py" line="255"/>
        <source>Yes</source>
        <translation>Ie</translation>
    </message>
    <message>
        <location filename="../gui/admin/workers.py" line="255"/>
        <source>No (disabled)</source>
        <translation>Na (wedi&apos;i analluogi)</translation>
    </message>
    <message>
        <location filename="../gui/admin/workers.py" line="263"/>
        <source>{active} active, {disabled} disabled</source>
        <translation>{active} yn weithredol, {disabled} wedi&apos;u hanalluogi</translation>
    </message>
    <message>
        <location filename="../gui/admin/workers.py" line="311"/>
        <source>Disable {name}?</source>
        <translation>Analluogi {name}?</translation>
    </message>
    <message>
        <location filename="../gui/admin/workers.py" line="313"/>
        <source>{name} ({username}) will no longer be able to sign in, and loses access to every family file. The families they are lead professional for go back to the unallocated queue, for their team leader to allocate again.</source>
        <translation>Ni fydd {name} ({username}) yn gallu mewngofnodi mwyach, ac mae&apos;n colli mynediad i bob ffeil teulu. Mae&apos;r teuluoedd y mae&apos;n weithiwr proffesiynol arweiniol iddyn nhw&apos;n mynd yn ôl i&apos;r ciw heb eu dyrannu, i arweinydd y tîm eu dyrannu eto.</translation>
    </message>
    <message>
        <location filename="../gui/admin/workers.py" line="319"/>
        <source>&amp;Disable</source>
        <translation>&amp;Analluogi</translation>
    </message>
    <message>
        <location filename="../gui/admin/workers.py" line="320"/>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
</context>
<context>
    <name>WorkingDialog</name>
    <message>
        <location filename="../gui/family_file/costs/working.py" line="148"/>
        <source>How the figures were worked out</source>
        <translation>Sut y cyfrifwyd y ffigurau</translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/working.py" line="151"/>
        <source>The working</source>
        <translation>Y gwaith cyfrif</translation>
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
    <name>caseload</name>
    <message>
        <location filename="more_messages.py" line="658"/>
        <source>(damaged record: run verify)</source>
        <translation>(cofnod wedi&apos;i ddifrodi: rhedwch verify)</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="660"/>
        <source>(no access)</source>
        <translation>(dim mynediad)</translation>
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
        <translation>{n} allan o 1 person</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="22"/>
        <source>{n} of {people} people</source>
        <translation>{n} allan o {people} o bobl</translation>
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
        <location filename="more_messages.py" line="94"/>
        <source>Something went wrong</source>
        <translation>Aeth rhywbeth o&apos;i le</translation>
    </message>
    <message>
        <location filename="../gui/common/crash.py" line="41"/>
        <location filename="more_messages.py" line="96"/>
        <source>FamilyCase met an unexpected problem. What you had already saved is safe. If it happens again, tell your administrator what you were doing.</source>
        <translation>Daeth FamilyCase ar draws problem annisgwyl. Mae&apos;r hyn roeddech chi wedi&apos;i gadw eisoes yn ddiogel. Os bydd yn digwydd eto, dywedwch wrth eich gweinyddwr beth roeddech chi&apos;n ei wneud.</translation>
    </message>
</context>
<context>
    <name>team</name>
    <message>
        <location filename="more_messages.py" line="770"/>
        <source>Only team leaders and managers can see the team view.</source>
        <translation>Dim ond arweinwyr tîm a rheolwyr all weld golwg y tîm.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="772"/>
        <source>Say why this worker is being allocated.</source>
        <translation>Dywedwch pam mae&apos;r gweithiwr hwn yn cael ei ddyrannu.</translation>
    </message>
</context>
<context>
    <name>timeline</name>
    <message>
        <location filename="more_messages.py" line="774"/>
        <source>Not set</source>
        <translation>Heb ei osod</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="776"/>
        <source>{h} h {m} min</source>
        <translation>{h} awr {m} mun</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="778"/>
        <source>{m} min</source>
        <translation>{m} mun</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="780"/>
        <source>{h} h</source>
        <translation>{h} awr</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="782"/>
        <source>Referrer told the outcome</source>
        <translation>Dywedwyd wrth yr atgyfeiriwr beth ddigwyddodd</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="784"/>
        <source>Stepped up from tier {old} to {new}</source>
        <translation>Wedi camu i fyny o haen {old} i haen {new}</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="786"/>
        <source>Stepped down from tier {old} to {new}</source>
        <translation>Wedi camu i lawr o haen {old} i haen {new}</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="788"/>
        <source>Exit plan: {plan}</source>
        <translation>Cynllun gadael: {plan}</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="790"/>
        <source>{kind} ({duration})</source>
        <translation>{kind} ({duration})</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="792"/>
        <source>Referral received from {source}</source>
        <translation>Atgyfeiriad wedi dod gan {source}</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="794"/>
        <source>{worker} became lead professional</source>
        <translation>Daeth {worker} yn weithiwr proffesiynol arweiniol</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="796"/>
        <source>Referral decision: {decision}</source>
        <translation>Penderfyniad am yr atgyfeiriad: {decision}</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="798"/>
        <source>Tier set to {tier}</source>
        <translation>Haen wedi&apos;i gosod i {tier}</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="800"/>
        <source>Episode closed: {reason}</source>
        <translation>Cyfnod o waith wedi cau: {reason}</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="802"/>
        <source>{worker} stopped being lead professional</source>
        <translation>Peidiodd {worker} â bod yn weithiwr proffesiynol arweiniol</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="806"/>
        <source>Universal</source>
        <translation>Cyffredinol</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="808"/>
        <source>Early help</source>
        <translation>Cymorth cynnar</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="810"/>
        <source>Targeted</source>
        <translation>Wedi&apos;i dargedu</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="812"/>
        <source>Complex</source>
        <translation>Cymhleth</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="814"/>
        <source>School</source>
        <translation>Ysgol</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="816"/>
        <source>Early years</source>
        <translation>Blynyddoedd cynnar</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="818"/>
        <source>Health</source>
        <translation>Iechyd</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="820"/>
        <source>Police</source>
        <translation>Heddlu</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="822"/>
        <source>Housing</source>
        <translation>Tai</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="824"/>
        <source>Children&apos;s social care</source>
        <translation>Gwasanaethau cymdeithasol plant</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="826"/>
        <source>Youth justice</source>
        <translation>Cyfiawnder ieuenctid</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="828"/>
        <source>Adult services</source>
        <translation>Gwasanaethau oedolion</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="830"/>
        <source>Employment support</source>
        <translation>Cymorth cyflogaeth</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="832"/>
        <source>Voluntary sector</source>
        <translation>Sector gwirfoddol</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="834"/>
        <source>The family themselves</source>
        <translation>Y teulu eu hunain</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="836"/>
        <source>Other</source>
        <translation>Arall</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="838"/>
        <source>Outcomes achieved</source>
        <translation>Canlyniadau a gyflawnwyd</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="840"/>
        <source>Stepped up to children&apos;s social care</source>
        <translation>Wedi camu i fyny i wasanaethau cymdeithasol plant</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="842"/>
        <source>Stepped down to universal services</source>
        <translation>Wedi camu i lawr i wasanaethau cyffredinol</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="844"/>
        <source>Family withdrew consent</source>
        <translation>Tynnodd y teulu eu caniatâd yn ôl</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="846"/>
        <source>Family stopped engaging</source>
        <translation>Peidiodd y teulu ag ymgysylltu</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="848"/>
        <source>Family moved away</source>
        <translation>Symudodd y teulu i ffwrdd</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="850"/>
        <source>Not decided yet</source>
        <translation>Heb benderfynu eto</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="852"/>
        <source>Accepted for early help</source>
        <translation>Wedi&apos;i dderbyn ar gyfer cymorth cynnar</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="854"/>
        <source>Signposted to other services</source>
        <translation>Wedi&apos;i gyfeirio at wasanaethau eraill</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="856"/>
        <source>No further action</source>
        <translation>Dim camau pellach</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="858"/>
        <source>Home visit</source>
        <translation>Ymweliad â&apos;r cartref</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="860"/>
        <source>Joint visit</source>
        <translation>Ymweliad ar y cyd</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="862"/>
        <source>Office visit</source>
        <translation>Ymweliad â&apos;r swyddfa</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="864"/>
        <source>School visit</source>
        <translation>Ymweliad â&apos;r ysgol</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="866"/>
        <source>TAF meeting</source>
        <translation>Cyfarfod TAT</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="868"/>
        <source>Phone call</source>
        <translation>Galwad ffôn</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="870"/>
        <source>Video call</source>
        <translation>Galwad fideo</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="872"/>
        <source>Text, email or letter</source>
        <translation>Neges destun, e-bost neu lythyr</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="874"/>
        <source>No access visit</source>
        <translation>Ymweliad heb gael mynediad</translation>
    </message>
</context>
<context>
    <name>unlock</name>
    <message>
        <location filename="more_messages.py" line="804"/>
        <source>The user name or password is not right.</source>
        <translation>Dydy&apos;r enw defnyddiwr neu&apos;r cyfrinair ddim yn gywir.</translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message>
        <location filename="more_messages.py" line="922"/>
        <source>is required.</source>
        <translation>mae angen ei lenwi.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="924"/>
        <source>cannot be left blank.</source>
        <translation>ni ellir ei adael yn wag.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="926"/>
        <source>is too long.</source>
        <translation>mae&apos;n rhy hir.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="928"/>
        <source>is not a date we recognise (use a date such as 25/11/2026).</source>
        <translation>dydyn ni ddim yn adnabod y dyddiad hwn (defnyddiwch ddyddiad fel 25/11/2026).</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="930"/>
        <source>must be a whole number.</source>
        <translation>rhaid iddo fod yn rhif cyfan.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="932"/>
        <source>is too small.</source>
        <translation>mae&apos;n rhy fach.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="934"/>
        <source>is too large.</source>
        <translation>mae&apos;n rhy fawr.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="936"/>
        <source>is not one of the choices offered.</source>
        <translation>dydy hwn ddim yn un o&apos;r dewisiadau a gynigir.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="938"/>
        <source>must be yes or no.</source>
        <translation>rhaid iddo fod yn ie neu na.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="940"/>
        <source>must be a number.</source>
        <translation>rhaid iddo fod yn rhif.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="942"/>
        <source>must be an ordinary number.</source>
        <translation>rhaid iddo fod yn rhif cyffredin.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="944"/>
        <source>must be text.</source>
        <translation>rhaid iddo fod yn destun.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="946"/>
        <source>must be true or false.</source>
        <translation>rhaid iddo fod yn wir neu&apos;n anwir.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="948"/>
        <source>must be a list.</source>
        <translation>rhaid iddo fod yn rhestr.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="950"/>
        <source>must be a set of named values.</source>
        <translation>rhaid iddo fod yn set o werthoedd wedi&apos;u henwi.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="952"/>
        <source>is not a field FamilyCase knows (check the spelling).</source>
        <translation>dydy FamilyCase ddim yn adnabod y maes hwn (gwiriwch y sillafu).</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="954"/>
        <source>needs at least one entry.</source>
        <translation>mae angen o leiaf un cofnod.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="956"/>
        <source>Who told us</source>
        <translation>Pwy ddwedodd wrthon ni</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="958"/>
        <source>Comment</source>
        <translation>Sylw</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="960"/>
        <source>Different views</source>
        <translation>Barn wahanol</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="962"/>
        <source>Date of the assessment</source>
        <translation>Dyddiad yr asesiad</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="964"/>
        <source>Who it is about</source>
        <translation>Am bwy mae e</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="966"/>
        <source>Who contributed</source>
        <translation>Pwy gyfrannodd</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="968"/>
        <source>Contributed as</source>
        <translation>Wedi cyfrannu fel</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="970"/>
        <source>Family member</source>
        <translation>Aelod o&apos;r teulu</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="972"/>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="974"/>
        <source>Agency</source>
        <translation>Asiantaeth</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="976"/>
        <source>Family&apos;s score</source>
        <translation>Sgôr y teulu</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="978"/>
        <source>Worker&apos;s score</source>
        <translation>Sgôr y gweithiwr</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="980"/>
        <source>How the family sees it</source>
        <translation>Sut mae&apos;r teulu&apos;n ei weld</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="982"/>
        <source>How the worker sees it</source>
        <translation>Sut mae&apos;r gweithiwr yn ei weld</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="984"/>
        <source>What is going well</source>
        <translation>Beth sy&apos;n mynd yn dda</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="986"/>
        <source>What needs to change</source>
        <translation>Beth sydd angen newid</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="988"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="990"/>
        <source>Given by</source>
        <translation>Rhoddwyd gan</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="992"/>
        <source>Name of the person giving consent</source>
        <translation>Enw&apos;r sawl sy&apos;n rhoi caniatâd</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="994"/>
        <source>Competence assessed</source>
        <translation>Wedi asesu cymhwysedd</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="996"/>
        <source>How consent was given</source>
        <translation>Sut y rhoddwyd caniatâd</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="998"/>
        <source>Agencies</source>
        <translation>Asiantaethau</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1000"/>
        <source>Purposes</source>
        <translation>Dibenion</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1002"/>
        <source>Information</source>
        <translation>Gwybodaeth</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1004"/>
        <source>Date given</source>
        <translation>Dyddiad ei roi</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1006"/>
        <source>Review or expiry date</source>
        <translation>Dyddiad adolygu neu ddod i ben</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1008"/>
        <source>Lawful basis</source>
        <translation>Sail gyfreithlon</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1010"/>
        <source>Notes</source>
        <translation>Nodiadau</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1012"/>
        <source>Withdrawal</source>
        <translation>Tynnu&apos;n ôl</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1014"/>
        <source>People who agreed</source>
        <translation>Pobl a gytunodd</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1016"/>
        <source>Exceptions</source>
        <translation>Eithriadau</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1018"/>
        <source>Agency left out</source>
        <translation>Asiantaeth a adawyd allan</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1020"/>
        <source>Information left out</source>
        <translation>Gwybodaeth a adawyd allan</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1022"/>
        <source>Agency name</source>
        <translation>Enw&apos;r asiantaeth</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1024"/>
        <source>Purpose</source>
        <translation>Diben</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1026"/>
        <source>Reason for sharing without consent</source>
        <translation>Rheswm dros rannu heb ganiatâd</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1028"/>
        <source>Legal gateway (e.g. Children Act 1989)</source>
        <translation>Porth cyfreithiol (e.e. Deddf Plant 1989)</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1030"/>
        <source>Decided by</source>
        <translation>Penderfynwyd gan</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1032"/>
        <source>Date of decision</source>
        <translation>Dyddiad y penderfyniad</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1034"/>
        <source>Applies until</source>
        <translation>Yn berthnasol tan</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1036"/>
        <source>Date withdrawn</source>
        <translation>Dyddiad ei dynnu&apos;n ôl</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1038"/>
        <source>Reason</source>
        <translation>Rheswm</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1040"/>
        <source>Recorded by</source>
        <translation>Cofnodwyd gan</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1042"/>
        <source>Basis</source>
        <translation>Sail</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1044"/>
        <source>Source</source>
        <translation>Ffynhonnell</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1046"/>
        <source>Checked against the published source</source>
        <translation>Wedi&apos;i wirio yn erbyn y ffynhonnell gyhoeddedig</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1048"/>
        <source>Note</source>
        <translation>Nodyn</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1050"/>
        <source>Index by financial year</source>
        <translation>Mynegai yn ôl blwyddyn ariannol</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1052"/>
        <source>Code</source>
        <translation>Cod</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1054"/>
        <source>Description</source>
        <translation>Disgrifiad</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1056"/>
        <source>Unit</source>
        <translation>Uned</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1058"/>
        <source>Value (£)</source>
        <translation>Gwerth (£)</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1060"/>
        <source>Agency that bears the cost</source>
        <translation>Asiantaeth sy&apos;n ysgwyddo&apos;r gost</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1062"/>
        <source>Part of the agency</source>
        <translation>Rhan o&apos;r asiantaeth</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1064"/>
        <source>Category</source>
        <translation>Categori</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1066"/>
        <source>Detail</source>
        <translation>Manylion</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1068"/>
        <source>Price year</source>
        <translation>Blwyddyn y prisiau</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1070"/>
        <source>Price year as published</source>
        <translation>Blwyddyn y prisiau fel y&apos;i cyhoeddwyd</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1072"/>
        <source>Why the price year is missing</source>
        <translation>Pam nad oes blwyddyn prisiau</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1074"/>
        <source>Share</source>
        <translation>Cyfran</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1076"/>
        <source>First year</source>
        <translation>Blwyddyn gyntaf</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1078"/>
        <source>Number of years</source>
        <translation>Nifer y blynyddoedd</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1080"/>
        <source>The value is</source>
        <translation>Y gwerth yw</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1082"/>
        <source>Drop-off per year</source>
        <translation>Lleihad y flwyddyn</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1084"/>
        <source>Profile over years</source>
        <translation>Proffil dros flynyddoedd</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1086"/>
        <source>Amount (£)</source>
        <translation>Swm (£)</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1088"/>
        <source>Pressures</source>
        <translation>Pwysau</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1090"/>
        <source>Efficiencies</source>
        <translation>Arbedion effeithlonrwydd</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1092"/>
        <source>Outcome compared</source>
        <translation>Canlyniad a gymharwyd</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1094"/>
        <source>Cohort</source>
        <translation>Carfan</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1096"/>
        <source>Comparison group</source>
        <translation>Grŵp cymharu</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1098"/>
        <source>Proportion achieving the outcome</source>
        <translation>Cyfran sy&apos;n cyflawni&apos;r canlyniad</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1100"/>
        <source>Number achieving the outcome</source>
        <translation>Nifer sy&apos;n cyflawni&apos;r canlyniad</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1102"/>
        <source>Number in the group</source>
        <translation>Nifer yn y grŵp</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1104"/>
        <source>What it paid for</source>
        <translation>Am beth y talodd</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1106"/>
        <source>Year</source>
        <translation>Blwyddyn</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1108"/>
        <source>Agency paying</source>
        <translation>Asiantaeth sy&apos;n talu</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1110"/>
        <source>Discount rate</source>
        <translation>Cyfradd ddisgownt</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1112"/>
        <source>Time horizon (years)</source>
        <translation>Gorwel amser (blynyddoedd)</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1114"/>
        <source>Optimism bias by evidence strength</source>
        <translation>Tuedd optimistiaeth yn ôl cryfder y dystiolaeth</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1116"/>
        <source>Optimism bias on intervention costs</source>
        <translation>Tuedd optimistiaeth ar gostau ymyrraeth</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1118"/>
        <source>Reference</source>
        <translation>Cyfeirnod</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1120"/>
        <source>What was avoided</source>
        <translation>Beth a osgowyd</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1122"/>
        <source>Unit cost</source>
        <translation>Cost uned</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1124"/>
        <source>How many</source>
        <translation>Sawl un</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1126"/>
        <source>For how long</source>
        <translation>Am ba hyd</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1128"/>
        <source>Duration unit</source>
        <translation>Uned yr hyd</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1130"/>
        <source>Probability it would have happened</source>
        <translation>Tebygolrwydd y byddai wedi digwydd</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1132"/>
        <source>Evidence strength</source>
        <translation>Cryfder y dystiolaeth</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1134"/>
        <source>Deadweight</source>
        <translation>Pwysau marw</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1136"/>
        <source>Attribution</source>
        <translation>Priodoli</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1138"/>
        <source>Benefit type</source>
        <translation>Math o fudd</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1140"/>
        <source>Agency bearing the cost</source>
        <translation>Asiantaeth sy&apos;n ysgwyddo&apos;r gost</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1142"/>
        <source>Split between agencies</source>
        <translation>Rhaniad rhwng asiantaethau</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1144"/>
        <source>Cashable</source>
        <translation>Arian parod</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1146"/>
        <source>When the benefit falls</source>
        <translation>Pryd mae&apos;r budd yn digwydd</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1148"/>
        <source>Assessed by</source>
        <translation>Aseswyd gan</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1150"/>
        <source>Assessed on</source>
        <translation>Aseswyd ar</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1152"/>
        <source>Rationale</source>
        <translation>Rhesymeg</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1154"/>
        <source>Scenario format</source>
        <translation>Fformat y senario</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1156"/>
        <source>Title</source>
        <translation>Teitl</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1158"/>
        <source>Reporting price year</source>
        <translation>Blwyddyn brisiau&apos;r adroddiad</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1160"/>
        <source>Parameters</source>
        <translation>Paramedrau</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1162"/>
        <source>Sensitivity</source>
        <translation>Sensitifrwydd</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1164"/>
        <source>Deflator table</source>
        <translation>Tabl datchwyddwyr</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1166"/>
        <source>Prevented costs</source>
        <translation>Costau a ataliwyd</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1168"/>
        <source>Intervention costs</source>
        <translation>Costau ymyrraeth</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1170"/>
        <source>Budget pressures</source>
        <translation>Pwysau ar gyllidebau</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1172"/>
        <source>Cohort comparisons</source>
        <translation>Cymariaethau carfan</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1174"/>
        <source>Low case</source>
        <translation>Achos isel</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1176"/>
        <source>High case</source>
        <translation>Achos uchel</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1178"/>
        <source>Benefit multiplier</source>
        <translation>Lluosydd budd</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1180"/>
        <source>Cost multiplier</source>
        <translation>Lluosydd cost</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1182"/>
        <source>GMCA code</source>
        <translation>Cod GMCA</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1184"/>
        <source>Unit cost (£)</source>
        <translation>Cost uned (£)</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1186"/>
        <source>Share of the value in that year</source>
        <translation>Cyfran y gwerth yn y flwyddyn honno</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1188"/>
        <source>Address</source>
        <translation>Cyfeiriad</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1190"/>
        <source>Town</source>
        <translation>Tref</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1192"/>
        <source>Postcode</source>
        <translation>Cod post</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1194"/>
        <source>Type of agency</source>
        <translation>Math o asiantaeth</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1196"/>
        <source>Practitioner</source>
        <translation>Ymarferydd</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1198"/>
        <source>Family members involved</source>
        <translation>Aelodau&apos;r teulu dan sylw</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1200"/>
        <source>What they do with the family</source>
        <translation>Beth maen nhw&apos;n ei wneud gyda&apos;r teulu</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1202"/>
        <source>Involved since</source>
        <translation>Yn rhan o&apos;r gwaith ers</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1204"/>
        <source>Involvement ended</source>
        <translation>Daeth y gwaith i ben</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1206"/>
        <source>Part of the Team Around the Family</source>
        <translation>Yn rhan o&apos;r Tîm o Amgylch y Teulu</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1208"/>
        <source>Phone</source>
        <translation>Ffôn</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1210"/>
        <source>Email</source>
        <translation>E-bost</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1212"/>
        <source>Family name</source>
        <translation>Enw&apos;r teulu</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1214"/>
        <source>Main language at home</source>
        <translation>Prif iaith gartref</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1216"/>
        <source>Interpreter needed</source>
        <translation>Angen cyfieithydd</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1218"/>
        <source>First name(s)</source>
        <translation>Enw(au) cyntaf</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1220"/>
        <source>Last name</source>
        <translation>Cyfenw</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1222"/>
        <source>Known as</source>
        <translation>Enw arferol</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1224"/>
        <source>Date of birth</source>
        <translation>Dyddiad geni</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1226"/>
        <source>Expected date of birth</source>
        <translation>Dyddiad geni disgwyliedig</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1228"/>
        <source>Gender</source>
        <translation>Rhywedd</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1230"/>
        <source>Role in household</source>
        <translation>Rôl yn yr aelwyd</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1232"/>
        <source>Lives in the household</source>
        <translation>Yn byw yn yr aelwyd</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1234"/>
        <source>School or setting</source>
        <translation>Ysgol neu leoliad</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1236"/>
        <source>NHS number</source>
        <translation>Rhif GIG</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1238"/>
        <source>Unique Pupil Number</source>
        <translation>Rhif Disgybl Unigryw</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1240"/>
        <source>Contact details</source>
        <translation>Manylion cyswllt</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1242"/>
        <source>Address (if not the family&apos;s)</source>
        <translation>Cyfeiriad (os nad yw yr un â&apos;r teulu)</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1244"/>
        <source>Practitioner&apos;s name</source>
        <translation>Enw&apos;r ymarferydd</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1246"/>
        <source>Job title</source>
        <translation>Teitl swydd</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1248"/>
        <source>Related to</source>
        <translation>Yn perthyn i</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1250"/>
        <source>Relationship</source>
        <translation>Perthynas</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1252"/>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1254"/>
        <source>Progress</source>
        <translation>Cynnydd</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1256"/>
        <source>Role</source>
        <translation>Rôl</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1258"/>
        <source>Agency (type)</source>
        <translation>Asiantaeth (math)</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1260"/>
        <source>Attended</source>
        <translation>Yn bresennol</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1262"/>
        <source>Outcomes</source>
        <translation>Canlyniadau</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1264"/>
        <source>Actions</source>
        <translation>Camau gweithredu</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1266"/>
        <source>Based on the assessment</source>
        <translation>Yn seiliedig ar yr asesiad</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1268"/>
        <source>What the family says about the plan</source>
        <translation>Beth mae&apos;r teulu&apos;n ei ddweud am y cynllun</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1270"/>
        <source>What changed in this version</source>
        <translation>Beth newidiodd yn y fersiwn hon</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1272"/>
        <source>Area</source>
        <translation>Maes</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1274"/>
        <source>What will be done</source>
        <translation>Beth fydd yn cael ei wneud</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1276"/>
        <source>Who will do it</source>
        <translation>Pwy fydd yn ei wneud</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1278"/>
        <source>By when</source>
        <translation>Erbyn pryd</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1280"/>
        <source>Outcomes it works towards</source>
        <translation>Canlyniadau y mae&apos;n gweithio tuag atyn nhw</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1282"/>
        <source>Needs it addresses</source>
        <translation>Anghenion y mae&apos;n mynd i&apos;r afael â nhw</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1284"/>
        <source>Progress note</source>
        <translation>Nodyn cynnydd</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1286"/>
        <source>What the family wants to be different</source>
        <translation>Beth mae&apos;r teulu eisiau iddo fod yn wahanol</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1288"/>
        <source>Who it is for</source>
        <translation>Ar gyfer pwy</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1290"/>
        <source>Outcome area</source>
        <translation>Maes canlyniad</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1292"/>
        <source>Achieved on</source>
        <translation>Wedi&apos;i gyflawni ar</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1294"/>
        <source>Kind of meeting</source>
        <translation>Math o gyfarfod</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1296"/>
        <source>Date held</source>
        <translation>Dyddiad y cyfarfod</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1298"/>
        <source>Who came</source>
        <translation>Pwy ddaeth</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1300"/>
        <source>Plan version reviewed</source>
        <translation>Fersiwn y cynllun a adolygwyd</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1302"/>
        <source>Progress on actions</source>
        <translation>Cynnydd ar y camau gweithredu</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1304"/>
        <source>Decisions</source>
        <translation>Penderfyniadau</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1306"/>
        <source>What the family said</source>
        <translation>Beth ddwedodd y teulu</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1308"/>
        <source>Next review</source>
        <translation>Adolygiad nesaf</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1310"/>
        <source>Plan version after</source>
        <translation>Fersiwn y cynllun wedyn</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1312"/>
        <source>First reading within (weeks)</source>
        <translation>Darlleniad cyntaf o fewn (wythnosau)</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1314"/>
        <source>Review every (weeks)</source>
        <translation>Adolygu bob (wythnosau)</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1316"/>
        <source>Readings needed before closure</source>
        <translation>Darlleniadau sydd eu hangen cyn cau</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1318"/>
        <source>Team name</source>
        <translation>Enw&apos;r tîm</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1320"/>
        <source>User name</source>
        <translation>Enw defnyddiwr</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1322"/>
        <source>Reason for closing</source>
        <translation>Rheswm dros gau</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1324"/>
        <source>Date closed</source>
        <translation>Dyddiad cau</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1326"/>
        <source>Exit plan</source>
        <translation>Cynllun gadael</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1328"/>
        <source>Closing summary</source>
        <translation>Crynodeb y cau</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1330"/>
        <source>Date of contact</source>
        <translation>Dyddiad y cyswllt</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1332"/>
        <source>Type of contact</source>
        <translation>Math o gyswllt</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1334"/>
        <source>Family members seen</source>
        <translation>Aelodau&apos;r teulu a welwyd</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1336"/>
        <source>Others present</source>
        <translation>Eraill oedd yno</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1338"/>
        <source>Duration (minutes)</source>
        <translation>Hyd (munudau)</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1340"/>
        <source>What happened</source>
        <translation>Beth ddigwyddodd</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1342"/>
        <source>Referred by (type of agency)</source>
        <translation>Wedi&apos;i atgyfeirio gan (math o asiantaeth)</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1344"/>
        <source>Referrer</source>
        <translation>Atgyfeiriwr</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1346"/>
        <source>Reason for referral</source>
        <translation>Rheswm dros atgyfeirio</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1348"/>
        <source>Date received</source>
        <translation>Dyddiad ei dderbyn</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1350"/>
        <source>Family consented to the referral</source>
        <translation>Cytunodd y teulu i&apos;r atgyfeiriad</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1352"/>
        <source>Decision</source>
        <translation>Penderfyniad</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1354"/>
        <source>Referrer told the outcome</source>
        <translation>Dywedwyd wrth yr atgyfeiriwr beth ddigwyddodd</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1356"/>
        <source>Change</source>
        <translation>Newid</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1358"/>
        <source>From tier</source>
        <translation>O haen</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1360"/>
        <source>To tier</source>
        <translation>I haen</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1362"/>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1484"/>
        <source>A question has been answered twice for the same person.</source>
        <translation>Mae cwestiwn wedi&apos;i ateb ddwywaith ar gyfer yr un person.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1486"/>
        <source>A person is listed twice in who the assessment is about.</source>
        <translation>Mae person wedi&apos;i restru ddwywaith yn y rhestr o bwy mae&apos;r asesiad yn ei gylch.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1488"/>
        <source>The review or expiry date must be after the date consent was given.</source>
        <translation>Rhaid i&apos;r dyddiad adolygu neu ddod i ben fod ar ôl y dyddiad y rhoddwyd caniatâd.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1490"/>
        <source>A young person under 16 can consent for themselves only once their competence to decide has been assessed; tick &apos;Competence assessed&apos; or record who has parental responsibility.</source>
        <translation>Dim ond ar ôl asesu eu cymhwysedd i benderfynu y gall person ifanc dan 16 roi caniatâd drosto&apos;i hun; ticiwch &apos;Wedi asesu cymhwysedd&apos; neu cofnodwch pwy sydd â chyfrifoldeb rhiant.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1492"/>
        <source>Consent cannot be withdrawn before it was given.</source>
        <translation>Ni ellir tynnu caniatâd yn ôl cyn iddo gael ei roi.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1494"/>
        <source>An exception leaves out one agency or one kind of information.</source>
        <translation>Mae eithriad yn gadael allan un asiantaeth neu un math o wybodaeth.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1496"/>
        <source>Each person can be listed once.</source>
        <translation>Gall pob person gael ei restru unwaith yn unig.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1498"/>
        <source>Sharing without consent needs a lawful basis other than consent.</source>
        <translation>Mae rhannu heb ganiatâd angen sail gyfreithlon heblaw caniatâd.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1500"/>
        <source>An override cannot end before it was decided.</source>
        <translation>Ni all penderfyniad i rannu heb ganiatâd ddod i ben cyn iddo gael ei wneud.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1502"/>
        <source>An exception is for someone who is not ticked as agreeing.</source>
        <translation>Mae eithriad ar gyfer rhywun nad yw wedi&apos;i dicio fel un a gytunodd.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1504"/>
        <source>The exceptions leave nothing to share for one of the people: untick them instead.</source>
        <translation>Mae&apos;r eithriadau&apos;n gadael dim i&apos;w rannu ar gyfer un o&apos;r bobl: dad-diciwch nhw yn lle hynny.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1506"/>
        <source>the unit cost database has no categories</source>
        <translation>does dim categorïau yn y gronfa ddata costau uned</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1508"/>
        <source>the unit cost database has a category that is not a table</source>
        <translation>mae gan y gronfa ddata costau uned gategori nad yw&apos;n dabl</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1510"/>
        <source>must be a financial year such as 2024-25.</source>
        <translation>rhaid iddo fod yn flwyddyn ariannol fel 2024-25.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1512"/>
        <source>cannot divide by zero.</source>
        <translation>ni ellir rhannu â sero.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1514"/>
        <source>must be a number such as 0.25 or a fraction such as 1/4.</source>
        <translation>rhaid iddo fod yn rhif fel 0.25 neu&apos;n ffracsiwn fel 1/4.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1516"/>
        <source>Give either a GMCA code or a local value, not both and not neither.</source>
        <translation>Rhowch naill ai god GMCA neu werth lleol, nid y ddau a nid dim un.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1518"/>
        <source>A GMCA code brings its own source and unit; give a local value to use others.</source>
        <translation>Mae cod GMCA yn dod â&apos;i ffynhonnell a&apos;i uned ei hun; rhowch werth lleol i ddefnyddio rhai eraill.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1520"/>
        <source>A local unit cost needs its price year and its source.</source>
        <translation>Mae cost uned leol angen blwyddyn ei phrisiau a&apos;i ffynhonnell.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1522"/>
        <source>Give either one agency or a split between agencies, not both.</source>
        <translation>Rhowch naill ai un asiantaeth neu raniad rhwng asiantaethau, nid y ddau.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1524"/>
        <source>Only a fiscal benefit can be cashable.</source>
        <translation>Dim ond budd cyllidol all fod yn arian parod.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1526"/>
        <source>Give either a proportion or the numbers achieving and in the group.</source>
        <translation>Rhowch naill ai gyfran neu&apos;r niferoedd sy&apos;n cyflawni a&apos;r nifer yn y grŵp.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1528"/>
        <source>The scenario has nothing to evaluate: add prevented costs, intervention costs, budget pressures or a cohort comparison.</source>
        <translation>Does dim i&apos;w werthuso yn y senario: ychwanegwch gostau a ataliwyd, costau ymyrraeth, pwysau ar gyllidebau neu gymhariaeth carfan.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1530"/>
        <source>Reporting price year is required when the scenario has amounts of money.</source>
        <translation>Mae angen blwyddyn brisiau&apos;r adroddiad pan fydd symiau o arian yn y senario.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1532"/>
        <source>Give either a profile over years or a first year, number of years and drop-off, not both.</source>
        <translation>Rhowch naill ai broffil dros flynyddoedd neu flwyddyn gyntaf, nifer o flynyddoedd a lleihad, nid y ddau.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1534"/>
        <source>Each year can appear only once in the profile.</source>
        <translation>Gall pob blwyddyn ymddangos unwaith yn unig yn y proffil.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1536"/>
        <source>The shares of the split between agencies must add up to 1.</source>
        <translation>Rhaid i gyfrannau&apos;r rhaniad rhwng asiantaethau adio i 1.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1538"/>
        <source>Each agency can appear only once in the split.</source>
        <translation>Gall pob asiantaeth ymddangos unwaith yn unig yn y rhaniad.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1540"/>
        <source>Give both the number achieving and the number in the group.</source>
        <translation>Rhowch y nifer sy&apos;n cyflawni a&apos;r nifer yn y grŵp.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1542"/>
        <source>More people achieved the outcome than are in the group.</source>
        <translation>Cyflawnodd mwy o bobl y canlyniad nag sydd yn y grŵp.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1544"/>
        <source>The first line of the address cannot be blank.</source>
        <translation>Ni all llinell gyntaf y cyfeiriad fod yn wag.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1546"/>
        <source>The date of birth is more than 120 years ago; please check it.</source>
        <translation>Mae&apos;r dyddiad geni fwy na 120 mlynedd yn ôl; gwiriwch ef.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1548"/>
        <source>A person cannot be related to themselves.</source>
        <translation>Ni all person berthyn iddo&apos;i hun.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1550"/>
        <source>The involvement cannot end before it started.</source>
        <translation>Ni all y gwaith ddod i ben cyn iddo ddechrau.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1552"/>
        <source>An unborn child needs an expected date of birth.</source>
        <translation>Mae angen dyddiad geni disgwyliedig ar blentyn heb ei eni.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1554"/>
        <source>An unborn child has no date of birth yet; change their role once born.</source>
        <translation>Does gan blentyn heb ei eni ddim dyddiad geni eto; newidiwch eu rôl ar ôl iddyn nhw gael eu geni.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1556"/>
        <source>The expected date of birth must be within the next 10 months.</source>
        <translation>Rhaid i&apos;r dyddiad geni disgwyliedig fod o fewn y 10 mis nesaf.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1558"/>
        <source>Only an unborn child has an expected date of birth.</source>
        <translation>Dim ond plentyn heb ei eni sydd â dyddiad geni disgwyliedig.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1560"/>
        <source>An NHS number can only contain digits, spaces and hyphens.</source>
        <translation>Dim ond digidau, bylchau a chysylltnodau all fod mewn rhif GIG.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1562"/>
        <source>This is not a valid NHS number; please check it was typed correctly.</source>
        <translation>Nid yw hwn yn rhif GIG dilys; gwiriwch ei fod wedi&apos;i deipio&apos;n gywir.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1564"/>
        <source>This NHS number&apos;s last digit does not match the others; please check it was typed correctly.</source>
        <translation>Dydy digid olaf y rhif GIG hwn ddim yn cyfateb i&apos;r lleill; gwiriwch ei fod wedi&apos;i deipio&apos;n gywir.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1566"/>
        <source>After its first letter, a Unique Pupil Number has 11 digits and then a digit or a letter; the letters I, O and S are never used.</source>
        <translation>Ar ôl ei lythyren gyntaf, mae gan Rif Disgybl Unigryw 11 digid ac yna ddigid neu lythyren; dydy&apos;r llythrennau I, O ac S byth yn cael eu defnyddio.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1568"/>
        <source>This Unique Pupil Number&apos;s first letter does not match the rest; please check it.</source>
        <translation>Dydy llythyren gyntaf y Rhif Disgybl Unigryw hwn ddim yn cyfateb i&apos;r gweddill; gwiriwch ef.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1570"/>
        <source>This does not look like a UK postcode (for example SW1A 1AA).</source>
        <translation>Dydy hwn ddim yn edrych fel cod post yn y DU (er enghraifft SW1A 1AA).</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1572"/>
        <source>A phone number can only contain digits, spaces, hyphens and brackets, with a + only at the start.</source>
        <translation>Dim ond digidau, bylchau, cysylltnodau a chromfachau all fod mewn rhif ffôn, gyda + ar y dechrau yn unig.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1574"/>
        <source>A UK phone number starts with 0 or +44.</source>
        <translation>Mae rhif ffôn yn y DU yn dechrau gyda 0 neu +44.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1576"/>
        <source>This does not look like a UK phone number; please check it.</source>
        <translation>Dydy hwn ddim yn edrych fel rhif ffôn yn y DU; gwiriwch ef.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1578"/>
        <source>Please enter an email address, for example name@example.org.</source>
        <translation>Rhowch gyfeiriad e-bost, er enghraifft enw@example.org.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1580"/>
        <source>An email address cannot contain spaces.</source>
        <translation>Ni all cyfeiriad e-bost gynnwys bylchau.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1582"/>
        <source>An email address needs exactly one @ sign.</source>
        <translation>Mae angen un arwydd @ yn union mewn cyfeiriad e-bost.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1584"/>
        <source>An email address needs a name before the @ sign.</source>
        <translation>Mae angen enw cyn yr arwydd @ mewn cyfeiriad e-bost.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1586"/>
        <source>The part of an email address after the @ sign should be a domain such as example.org.</source>
        <translation>Dylai&apos;r rhan o gyfeiriad e-bost ar ôl yr arwydd @ fod yn barth fel example.org.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1588"/>
        <source>This looks like a phone number from outside the UK; please enter a UK number starting with 0 or +44.</source>
        <translation>Mae hwn yn edrych fel rhif ffôn o&apos;r tu allan i&apos;r DU; rhowch rif yn y DU sy&apos;n dechrau gyda 0 neu +44.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1590"/>
        <source>Progress was recorded for an action that is not in the plan reviewed.</source>
        <translation>Cofnodwyd cynnydd ar gyfer cam gweithredu nad yw yn y cynllun a adolygwyd.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1592"/>
        <source>Two outcomes or two actions have the same id.</source>
        <translation>Mae gan ddau ganlyniad neu ddau gam gweithredu yr un id.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1594"/>
        <source>The next review must be after this one.</source>
        <translation>Rhaid i&apos;r adolygiad nesaf fod ar ôl hwn.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1596"/>
        <source>An action&apos;s progress is recorded twice.</source>
        <translation>Mae cynnydd cam gweithredu wedi&apos;i gofnodi ddwywaith.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1598"/>
        <source>Record at least one person who attended.</source>
        <translation>Cofnodwch o leiaf un person a oedd yn bresennol.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1600"/>
        <source>The first reading should be due before the first review.</source>
        <translation>Dylai&apos;r darlleniad cyntaf fod cyn yr adolygiad cyntaf.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1602"/>
        <source>cannot be in the future.</source>
        <translation>ni all fod yn y dyfodol.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1604"/>
        <source>The decision cannot come before the referral was received.</source>
        <translation>Ni all y penderfyniad ddod cyn i&apos;r atgyfeiriad gael ei dderbyn.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1606"/>
        <source>Give the date the decision was made.</source>
        <translation>Rhowch y dyddiad y gwnaed y penderfyniad.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1608"/>
        <source>A step up or step down needs a reason.</source>
        <translation>Mae angen rheswm dros gamu i fyny neu i lawr.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1610"/>
        <source>A step up or step down needs the tier it came from.</source>
        <translation>Mae angen yr haen y daeth ohoni ar gyfer camu i fyny neu i lawr.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1612"/>
        <source>A step up must move to a higher tier.</source>
        <translation>Rhaid i gamu i fyny symud i haen uwch.</translation>
    </message>
    <message>
        <location filename="more_messages.py" line="1614"/>
        <source>A step down must move to a lower tier.</source>
        <translation>Rhaid i gamu i lawr symud i haen is.</translation>
    </message>
</context>
</TS>
