<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>QObject</name>
    <message>
        <source>LER Wallet cannot start</source>
        <translation>LER Wallet no puede iniciarse</translation>
    </message>
    <message>
        <source>LER Wallet: your Learning and Employment Record</source>
        <translation>LER Wallet: su registro de aprendizaje y empleo</translation>
    </message>
    <message>
        <source>Open the wallet in DIR.</source>
        <translation>Abrir la billetera que está en DIR.</translation>
    </message>
    <message>
        <source>Kiosk mode for shared computers: no list of wallets, a short auto-lock, and nothing written to this computer but the wallet itself.</source>
        <translation>Modo quiosco para computadoras compartidas: sin lista de billeteras, con bloqueo automático breve y sin guardar nada en esta computadora salvo la propia billetera.</translation>
    </message>
</context>
<context>
    <name>ler::backup</name>
    <message>
        <source>This file is not a LER Wallet backup.</source>
        <translation>Este archivo no es una copia de seguridad de LER Wallet.</translation>
    </message>
    <message>
        <source>The backup is damaged or incomplete. Nothing was restored from it.</source>
        <translation>La copia de seguridad está dañada o incompleta. No se restauró nada de ella.</translation>
    </message>
    <message>
        <source>This backup was made by a newer version of LER Wallet. Update the app to restore it.</source>
        <translation>Esta copia de seguridad se hizo con una versión más reciente de LER Wallet. Actualice la aplicación para restaurarla.</translation>
    </message>
    <message>
        <source>The backup passphrase is wrong.</source>
        <translation>La frase de contraseña de la copia de seguridad es incorrecta.</translation>
    </message>
    <message>
        <source>Could not read the backup file %1.</source>
        <translation>No se pudo leer el archivo de copia de seguridad %1.</translation>
    </message>
    <message>
        <source>Could not write the backup to %1.</source>
        <translation>No se pudo escribir la copia de seguridad en %1.</translation>
    </message>
    <message>
        <source>A record is too large to be backed up.</source>
        <translation>Un registro es demasiado grande para incluirlo en la copia de seguridad.</translation>
    </message>
    <message>
        <source>The wallet&apos;s records refer to each other in a loop. Run a wallet check.</source>
        <translation>Los registros de la billetera se hacen referencia entre sí en un ciclo. Compruebe la billetera.</translation>
    </message>
    <message>
        <source>Choose a new or empty folder for the restored wallet.</source>
        <translation>Elija una carpeta nueva o vacía para la billetera restaurada.</translation>
    </message>
    <message>
        <source>Could not put the restored wallet in %1.</source>
        <translation>No se pudo colocar la billetera restaurada en %1.</translation>
    </message>
    <message>
        <source>The backup does not cover the wallet tables %1.</source>
        <translation>La copia de seguridad no abarca las tablas de la billetera %1.</translation>
    </message>
    <message>
        <source>no secure memory for the backup</source>
        <translation>no hay memoria protegida para la copia de seguridad</translation>
    </message>
    <message>
        <source>no column %1</source>
        <translation>no existe la columna %1</translation>
    </message>
    <message>
        <source>row vanished during backup</source>
        <translation>una fila desapareció durante la copia de seguridad</translation>
    </message>
    <message>
        <source>no merge rule</source>
        <translation>no hay ninguna regla de combinación</translation>
    </message>
    <message>
        <source>Another restore into %1 is under way. Wait for it to finish.</source>
        <translation>Ya se está restaurando otra copia en %1. Espere a que termine.</translation>
    </message>
</context>
<context>
    <name>ler::canon</name>
    <message>
        <source>JSON nesting is deeper than %1 levels</source>
        <translation>El anidamiento JSON supera los %1 niveles</translation>
    </message>
    <message>
        <source>Unbalanced bracket at offset %1</source>
        <translation>Corchete o llave sin pareja en la posición %1</translation>
    </message>
    <message>
        <source>Control character inside a JSON string at offset %1</source>
        <translation>Carácter de control dentro de una cadena JSON en la posición %1</translation>
    </message>
    <message>
        <source>Invalid escape in a JSON string at offset %1</source>
        <translation>Secuencia de escape no válida en una cadena JSON en la posición %1</translation>
    </message>
    <message>
        <source>Duplicate object key at offset %1</source>
        <translation>Clave de objeto repetida en la posición %1</translation>
    </message>
    <message>
        <source>Malformed JSON</source>
        <translation>JSON mal formado</translation>
    </message>
    <message>
        <source>JSON string holds a lone surrogate, which JCS does not allow</source>
        <translation>Una cadena JSON contiene un sustituto (surrogate) suelto, que JCS no permite</translation>
    </message>
    <message>
        <source>NaN and Infinity have no JSON form</source>
        <translation>NaN e Infinity no tienen forma en JSON</translation>
    </message>
    <message>
        <source>Undefined JSON value</source>
        <translation>Valor JSON no definido</translation>
    </message>
    <message>
        <source>Empty JSON document</source>
        <translation>Documento JSON vacío</translation>
    </message>
    <message>
        <source>Malformed JSON near offset %1: %2</source>
        <translation>JSON mal formado cerca de la posición %1: %2</translation>
    </message>
    <message>
        <source>JSON text must hold exactly one top-level value</source>
        <translation>El texto JSON debe contener exactamente un valor de nivel superior</translation>
    </message>
    <message>
        <source>RDF canonicalization needs more than %1 steps; refusing a likely poison graph</source>
        <translation>La canonicalización RDF necesita más de %1 pasos; se rechaza un grafo probablemente malicioso</translation>
    </message>
</context>
<context>
    <name>ler::cborld</name>
    <message>
        <source>The CBOR-LD data is damaged or not CBOR-LD (%1).</source>
        <translation>Los datos CBOR-LD están dañados o no son CBOR-LD (%1).</translation>
    </message>
    <message>
        <source>The CBOR-LD data is nested too deeply.</source>
        <translation>Los datos CBOR-LD están anidados a demasiada profundidad.</translation>
    </message>
    <message>
        <source>The CBOR-LD data has too many items.</source>
        <translation>Los datos CBOR-LD tienen demasiados elementos.</translation>
    </message>
    <message>
        <source>The data is not CBOR-LD (it lacks the CBOR-LD tag).</source>
        <translation>Los datos no son CBOR-LD (les falta la etiqueta CBOR-LD).</translation>
    </message>
    <message>
        <source>The document cannot be written as CBOR-LD without changing it (at %1).</source>
        <translation>El documento no se puede escribir como CBOR-LD sin modificarlo (en %1).</translation>
    </message>
    <message>
        <source>The CBOR-LD data is too large.</source>
        <translation>Los datos CBOR-LD son demasiado grandes.</translation>
    </message>
    <message>
        <source>This CBOR-LD compression mode (%1) is not supported.</source>
        <translation>Este modo de compresión CBOR-LD (%1) no es compatible.</translation>
    </message>
    <message>
        <source>The CBOR-LD data names a context by a number LER Wallet does not know (%1).</source>
        <translation>Los datos CBOR-LD indican un contexto con un número que LER Wallet no conoce (%1).</translation>
    </message>
    <message>
        <source>The term &quot;%1&quot; is not defined by the JSON-LD contexts of the document, so it cannot be written as CBOR-LD.</source>
        <translation>El término &quot;%1&quot; no está definido en los contextos JSON-LD del documento, así que no se puede escribir como CBOR-LD.</translation>
    </message>
    <message>
        <source>CBOR-LD cannot carry the JSON-LD keyword %1.</source>
        <translation>CBOR-LD no puede contener la palabra clave JSON-LD %1.</translation>
    </message>
    <message>
        <source>The document is nested too deeply for CBOR-LD.</source>
        <translation>El documento está anidado a demasiada profundidad para CBOR-LD.</translation>
    </message>
    <message>
        <source>Only JSON-LD objects can be written as CBOR-LD.</source>
        <translation>Solo los objetos JSON-LD se pueden escribir como CBOR-LD.</translation>
    </message>
    <message>
        <source>CBOR-LD cannot carry a list of lists of values.</source>
        <translation>CBOR-LD no puede contener una lista de listas de valores.</translation>
    </message>
    <message>
        <source>The document uses too many JSON-LD contexts.</source>
        <translation>El documento usa demasiados contextos JSON-LD.</translation>
    </message>
    <message>
        <source>The JSON-LD context %1 is not one LER Wallet knows, so the document cannot be converted to or from CBOR-LD.</source>
        <translation>LER Wallet no conoce el contexto JSON-LD %1, así que el documento no se puede convertir a CBOR-LD ni desde CBOR-LD.</translation>
    </message>
    <message>
        <source>The CBOR-LD data is damaged or not CBOR-LD (truncated).</source>
        <translation>Los datos CBOR-LD están dañados o no son CBOR-LD (datos incompletos).</translation>
    </message>
    <message>
        <source>The CBOR-LD data is damaged or not CBOR-LD (bytes after the end).</source>
        <translation>Los datos CBOR-LD están dañados o no son CBOR-LD (bytes después del final).</translation>
    </message>
    <message>
        <source>The CBOR-LD data is damaged or not CBOR-LD (integer out of range).</source>
        <translation>Los datos CBOR-LD están dañados o no son CBOR-LD (entero fuera de rango).</translation>
    </message>
    <message>
        <source>The CBOR-LD data is damaged or not CBOR-LD (a map key that is neither an integer nor text).</source>
        <translation>Los datos CBOR-LD están dañados o no son CBOR-LD (una clave de mapa que no es ni un entero ni texto).</translation>
    </message>
    <message>
        <source>The CBOR-LD data is damaged or not CBOR-LD (a repeated map key).</source>
        <translation>Los datos CBOR-LD están dañados o no son CBOR-LD (una clave de mapa repetida).</translation>
    </message>
    <message>
        <source>The CBOR-LD data is damaged or not CBOR-LD (an unsupported simple value).</source>
        <translation>Los datos CBOR-LD están dañados o no son CBOR-LD (un valor simple no admitido).</translation>
    </message>
    <message>
        <source>The CBOR-LD data is damaged or not CBOR-LD (a CBOR tag inside the data).</source>
        <translation>Los datos CBOR-LD están dañados o no son CBOR-LD (una etiqueta CBOR dentro de los datos).</translation>
    </message>
    <message>
        <source>The CBOR-LD data is damaged or not CBOR-LD (no data).</source>
        <translation>Los datos CBOR-LD están dañados o no son CBOR-LD (sin datos).</translation>
    </message>
    <message>
        <source>The CBOR-LD data is damaged or not CBOR-LD (an integer JavaScript cannot hold).</source>
        <translation>Los datos CBOR-LD están dañados o no son CBOR-LD (un entero que JavaScript no puede representar).</translation>
    </message>
    <message>
        <source>The CBOR-LD data is damaged or not CBOR-LD (a number JSON cannot hold).</source>
        <translation>Los datos CBOR-LD están dañados o no son CBOR-LD (un número que JSON no puede representar).</translation>
    </message>
    <message>
        <source>The CBOR-LD data is damaged or not CBOR-LD (an object key that is not text).</source>
        <translation>Los datos CBOR-LD están dañados o no son CBOR-LD (una clave de objeto que no es texto).</translation>
    </message>
    <message>
        <source>The CBOR-LD data is damaged or not CBOR-LD (bytes where JSON is expected).</source>
        <translation>Los datos CBOR-LD están dañados o no son CBOR-LD (bytes donde se espera JSON).</translation>
    </message>
    <message>
        <source>The document cannot be written as CBOR-LD: what would be written does not read back.</source>
        <translation>El documento no se puede escribir como CBOR-LD: lo que se escribiría no se puede volver a leer tal cual.</translation>
    </message>
    <message>
        <source>The CBOR-LD data is damaged or not CBOR-LD (a DID part that is neither text nor bytes).</source>
        <translation>Los datos CBOR-LD están dañados o no son CBOR-LD (una parte de DID que no es ni texto ni bytes).</translation>
    </message>
    <message>
        <source>The CBOR-LD data is damaged or not CBOR-LD (a DID part too long).</source>
        <translation>Los datos CBOR-LD están dañados o no son CBOR-LD (una parte de DID demasiado larga).</translation>
    </message>
    <message>
        <source>A value cannot be converted to or from CBOR-LD (a DID URL with more than one &apos;#&apos;).</source>
        <translation>Un valor no se puede convertir a CBOR-LD ni desde CBOR-LD (una URL de DID con más de un &apos;#&apos;).</translation>
    </message>
    <message>
        <source>The CBOR-LD data is damaged or not CBOR-LD (a urn:uuid that is not a UUID).</source>
        <translation>Los datos CBOR-LD están dañados o no son CBOR-LD (un urn:uuid que no es un UUID).</translation>
    </message>
    <message>
        <source>A value cannot be converted to or from CBOR-LD (a multibase value that is not base58btc).</source>
        <translation>Un valor no se puede convertir a CBOR-LD ni desde CBOR-LD (un valor multibase que no es base58btc).</translation>
    </message>
    <message>
        <source>A value cannot be converted to or from CBOR-LD (a multibase value that is not base64).</source>
        <translation>Un valor no se puede convertir a CBOR-LD ni desde CBOR-LD (un valor multibase que no es base64).</translation>
    </message>
    <message>
        <source>The CBOR-LD data is damaged or not CBOR-LD (a multibase value too long).</source>
        <translation>Los datos CBOR-LD están dañados o no son CBOR-LD (un valor multibase demasiado largo).</translation>
    </message>
    <message>
        <source>A value cannot be converted to or from CBOR-LD (an xsd:date that is not text).</source>
        <translation>Un valor no se puede convertir a CBOR-LD ni desde CBOR-LD (un xsd:date que no es texto).</translation>
    </message>
    <message>
        <source>The CBOR-LD data is damaged or not CBOR-LD (a date out of range).</source>
        <translation>Los datos CBOR-LD están dañados o no son CBOR-LD (una fecha fuera de rango).</translation>
    </message>
    <message>
        <source>A value cannot be converted to or from CBOR-LD (an xsd:dateTime that is not text).</source>
        <translation>Un valor no se puede convertir a CBOR-LD ni desde CBOR-LD (un xsd:dateTime que no es texto).</translation>
    </message>
    <message>
        <source>The CBOR-LD data is damaged or not CBOR-LD (a date-time that is not two numbers).</source>
        <translation>Los datos CBOR-LD están dañados o no son CBOR-LD (una fecha y hora que no son dos números).</translation>
    </message>
    <message>
        <source>The CBOR-LD data is damaged or not CBOR-LD (a document that is not a map).</source>
        <translation>Los datos CBOR-LD están dañados o no son CBOR-LD (un documento que no es un mapa).</translation>
    </message>
    <message>
        <source>The CBOR-LD data is damaged or not CBOR-LD (both a single and a plural @context).</source>
        <translation>Los datos CBOR-LD están dañados o no son CBOR-LD (un @context singular y otro plural a la vez).</translation>
    </message>
    <message>
        <source>The CBOR-LD data is damaged or not CBOR-LD (a plural @context that is not an array).</source>
        <translation>Los datos CBOR-LD están dañados o no son CBOR-LD (un @context plural que no es una matriz).</translation>
    </message>
    <message>
        <source>The CBOR-LD data is damaged or not CBOR-LD (a key that is not a term id).</source>
        <translation>Los datos CBOR-LD están dañados o no son CBOR-LD (una clave que no es un id de término).</translation>
    </message>
    <message>
        <source>The CBOR-LD data is damaged or not CBOR-LD (an unknown term id %1).</source>
        <translation>Los datos CBOR-LD están dañados o no son CBOR-LD (un id de término desconocido: %1).</translation>
    </message>
    <message>
        <source>The CBOR-LD data is damaged or not CBOR-LD (the term &quot;%1&quot; outside its context).</source>
        <translation>Los datos CBOR-LD están dañados o no son CBOR-LD (el término &quot;%1&quot; fuera de su contexto).</translation>
    </message>
    <message>
        <source>The CBOR-LD data is damaged or not CBOR-LD (a plural term whose value is not an array).</source>
        <translation>Los datos CBOR-LD están dañados o no son CBOR-LD (un término plural cuyo valor no es una matriz).</translation>
    </message>
    <message>
        <source>The CBOR-LD data is damaged or not CBOR-LD (a plural @id).</source>
        <translation>Los datos CBOR-LD están dañados o no son CBOR-LD (un @id plural).</translation>
    </message>
    <message>
        <source>The CBOR-LD data is damaged or not CBOR-LD (the keyword %1).</source>
        <translation>Los datos CBOR-LD están dañados o no son CBOR-LD (la palabra clave %1).</translation>
    </message>
    <message>
        <source>The CBOR-LD data is damaged or not CBOR-LD (a list element that is not a map).</source>
        <translation>Los datos CBOR-LD están dañados o no son CBOR-LD (un elemento de lista que no es un mapa).</translation>
    </message>
    <message>
        <source>A JSON-LD context of this document cannot be used (%1 has no @context object).</source>
        <translation>No se puede usar un contexto JSON-LD de este documento (%1 no tiene un objeto @context).</translation>
    </message>
    <message>
        <source>A JSON-LD context of this document cannot be used (@import is not a URL).</source>
        <translation>No se puede usar un contexto JSON-LD de este documento (@import no es una URL).</translation>
    </message>
    <message>
        <source>A JSON-LD context of this document cannot be used (a null context in a list of contexts).</source>
        <translation>No se puede usar un contexto JSON-LD de este documento (un contexto nulo en una lista de contextos).</translation>
    </message>
    <message>
        <source>A JSON-LD context of this document cannot be used (a term&apos;s @type is not a string).</source>
        <translation>No se puede usar un contexto JSON-LD de este documento (el @type de un término no es texto).</translation>
    </message>
    <message>
        <source>A JSON-LD context of this document cannot be used (the prefix %1 has no @id).</source>
        <translation>No se puede usar un contexto JSON-LD de este documento (el prefijo %1 no tiene @id).</translation>
    </message>
</context>
<context>
    <name>ler::cli</name>
    <message>
        <source>Create a wallet and print its recovery code (shown once).</source>
        <translation>Crear una billetera y mostrar su código de recuperación (se muestra una sola vez).</translation>
    </message>
    <message>
        <source>Check the wallet&apos;s integrity.</source>
        <translation>Comprobar la integridad de la billetera.</translation>
    </message>
    <message>
        <source>Name a command.</source>
        <translation>Indique una orden.</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>Orden desconocida: %1</translation>
    </message>
    <message>
        <source>Run ler-wallet-cli --help for the commands and options.</source>
        <translation>Ejecute ler-wallet-cli --help para ver las órdenes y opciones.</translation>
    </message>
    <message>
        <source>No wallet in %1. Create one with: ler-wallet-cli init</source>
        <translation>No hay ninguna billetera en %1. Cree una con: ler-wallet-cli init</translation>
    </message>
    <message>
        <source>Wallet passphrase: </source>
        <translation>Frase de contraseña de la billetera: </translation>
    </message>
    <message>
        <source>%1 already holds a wallet.</source>
        <translation>%1 ya contiene una billetera.</translation>
    </message>
    <message>
        <source>New wallet passphrase: </source>
        <translation>Frase de contraseña de la nueva billetera: </translation>
    </message>
    <message>
        <source>Creating the wallet (measuring this computer to set the key strength)...</source>
        <translation>Creando la billetera (midiendo esta computadora para fijar la fuerza de la clave)...</translation>
    </message>
    <message>
        <source>Wallet created in %1</source>
        <translation>Billetera creada en %1</translation>
    </message>
    <message>
        <source>Recovery code (write it down and keep it somewhere safe; it is shown only once):</source>
        <translation>Código de recuperación (anótelo y guárdelo en un lugar seguro; se muestra una sola vez):</translation>
    </message>
    <message>
        <source>If you forget your passphrase, this code is the only way back into your wallet.</source>
        <translation>Si olvida su frase de contraseña, este código es la única forma de volver a entrar en su billetera.</translation>
    </message>
    <message>
        <source>Recovery code: </source>
        <translation>Código de recuperación: </translation>
    </message>
    <message>
        <source>Current passphrase: </source>
        <translation>Frase de contraseña actual: </translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation>Nueva frase de contraseña: </translation>
    </message>
    <message>
        <source>The passphrase was changed.</source>
        <translation>Se cambió la frase de contraseña.</translation>
    </message>
    <message>
        <source>[ok]    </source>
        <translation>[bien]  </translation>
    </message>
    <message>
        <source>[FAIL]  </source>
        <translation>[FALLO] </translation>
    </message>
    <message>
        <source>The wallet is intact.</source>
        <translation>La billetera está intacta.</translation>
    </message>
    <message>
        <source>The wallet has problems; see above.</source>
        <translation>La billetera tiene problemas; vea arriba.</translation>
    </message>
    <message>
        <source>No terminal to ask for the passphrase. Use --passphrase-file or LER_WALLET_PASSPHRASE.</source>
        <translation>No hay terminal para pedir la frase de contraseña. Use --passphrase-file o LER_WALLET_PASSPHRASE.</translation>
    </message>
    <message>
        <source>Could not read the passphrase file %1: %2</source>
        <translation>No se pudo leer el archivo de la frase de contraseña %1: %2</translation>
    </message>
    <message>
        <source>The passphrase file %1 is empty.</source>
        <translation>El archivo de la frase de contraseña %1 está vacío.</translation>
    </message>
    <message>
        <source>Type it again: </source>
        <translation>Escríbala otra vez: </translation>
    </message>
    <message>
        <source>The two passphrases do not match.</source>
        <translation>Las dos frases de contraseña no coinciden.</translation>
    </message>
    <message>
        <source>List the credentials in the wallet.</source>
        <translation>Listar las credenciales de la billetera.</translation>
    </message>
    <message>
        <source>Show one credential (ID) as its normalized record.</source>
        <translation>Mostrar una credencial (ID) como su registro normalizado.</translation>
    </message>
    <message>
        <source>Find credentials by words in their title, issuer or skills.</source>
        <translation>Buscar credenciales por palabras de su título, emisor o competencias.</translation>
    </message>
    <message>
        <source>Delete credential ID and the credentials nested in it.</source>
        <translation>Eliminar la credencial ID y las credenciales anidadas en ella.</translation>
    </message>
    <message>
        <source>%1 cannot be opened for reading.</source>
        <translation>No se puede abrir %1 para leerlo.</translation>
    </message>
    <message>
        <source>%1 is too large.</source>
        <translation>%1 es demasiado grande.</translation>
    </message>
    <message>
        <source>[warn]  </source>
        <translation>[aviso] </translation>
    </message>
    <message>
        <source>[--]    </source>
        <translation>[--]    </translation>
    </message>
    <message>
        <source>Credential %1 inside:</source>
        <translation>Credencial %1 incluida:</translation>
    </message>
    <message>
        <source>Name at least one file to verify.</source>
        <translation>Indique al menos un archivo para verificar.</translation>
    </message>
    <message>
        <source>canonicalize needs exactly one of --rdfc, --jsonld-to-rdf or --jcs, and one file.</source>
        <translation>canonicalize necesita exactamente una de --rdfc, --jsonld-to-rdf o --jcs, y un archivo.</translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1</source>
        <translation>El archivo no es JSON válido: %1</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importada</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>duplicada</translation>
    </message>
    <message>
        <source>update available</source>
        <translation>nueva versión</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>actualizada</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rechazada</translation>
    </message>
    <message numerus="yes">
        <source>with %n nested credential(s)</source>
        <translation>
            <numerusform>con %n credencial anidada</numerusform>
            <numerusform>con %n credenciales anidadas</numerusform>
        </translation>
    </message>
    <message>
        <source>A different version of this credential is already in your wallet; run the import again with --replace to update it.</source>
        <translation>Ya hay otra versión de esta credencial en su billetera; vuelva a importar con --replace para actualizarla.</translation>
    </message>
    <message>
        <source>Name exactly one credential id (see: list).</source>
        <translation>Indique exactamente un id de credencial (vea: list).</translation>
    </message>
    <message>
        <source>Standard input (-) can be named only once.</source>
        <translation>La entrada estándar (-) solo puede indicarse una vez.</translation>
    </message>
    <message>
        <source>list takes no arguments.</source>
        <translation>list no admite argumentos.</translation>
    </message>
    <message>
        <source>The wallet holds no credentials yet. Add some with: ler-wallet-cli import FILE</source>
        <translation>La billetera aún no contiene credenciales. Añada algunas con: ler-wallet-cli import FILE</translation>
    </message>
    <message>
        <source>Give the words to search for.</source>
        <translation>Indique las palabras que desea buscar.</translation>
    </message>
    <message>
        <source>No credential matches.</source>
        <translation>Ninguna credencial coincide.</translation>
    </message>
    <message>
        <source>Format: %1 %2</source>
        <translation>Formato: %1 %2</translation>
    </message>
    <message>
        <source>Added: %1 from %2</source>
        <translation>Añadida: %1 desde %2</translation>
    </message>
    <message>
        <source>Updated: %1</source>
        <translation>Actualizada: %1</translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256): %1</source>
        <translation>Huella (SHA-256): %1</translation>
    </message>
    <message>
        <source>Nested credential: %1</source>
        <translation>Credencial anidada: %1</translation>
    </message>
    <message>
        <source>Name the file to write with --out FILE.</source>
        <translation>Indique el archivo que se escribirá con --out FILE.</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>No se pudo escribir %1.</translation>
    </message>
    <message>
        <source>Wrote the original (%1 bytes) to %2.</source>
        <translation>Se escribió el original (%1 bytes) en %2.</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>Se eliminó %1.</translation>
    </message>
    <message>
        <source>verify --all checks the wallet; name no files with it.</source>
        <translation>verify --all comprueba la billetera; no indique archivos con esta opción.</translation>
    </message>
    <message>
        <source>Backup passphrase: </source>
        <translation>Frase de contraseña de la copia de seguridad: </translation>
    </message>
    <message>
        <source>backup takes no arguments; name the file with --out.</source>
        <translation>backup no admite argumentos; indique el archivo con --out.</translation>
    </message>
    <message>
        <source>Name the backup file with --out.</source>
        <translation>Indique el archivo de copia de seguridad con --out.</translation>
    </message>
    <message>
        <source>Backup written to %1. Records in it: %2.</source>
        <translation>Copia de seguridad escrita en %1. Registros incluidos: %2.</translation>
    </message>
    <message>
        <source>Keep it somewhere other than this computer. Without the backup passphrase nobody can read it, not even you.</source>
        <translation>Guárdela en un lugar distinto de esta computadora. Sin la frase de contraseña de la copia de seguridad nadie puede leerla, ni siquiera usted.</translation>
    </message>
    <message>
        <source>restore takes no arguments; name the backup with --in.</source>
        <translation>restore no admite argumentos; indique la copia de seguridad con --in.</translation>
    </message>
    <message>
        <source>Name the backup with --in and the wallet folder to restore into with --wallet.</source>
        <translation>Indique la copia de seguridad con --in y la carpeta de la billetera donde restaurarla con --wallet.</translation>
    </message>
    <message>
        <source>No wallet in %1 to merge the backup into.</source>
        <translation>No hay ninguna billetera en %1 con la que combinar la copia de seguridad.</translation>
    </message>
    <message>
        <source>%1 already holds a wallet. Restore into a new folder, or add --merge to merge into it.</source>
        <translation>%1 ya contiene una billetera. Restaure en una carpeta nueva o añada --merge para combinar la copia con ella.</translation>
    </message>
    <message>
        <source>Merged the backup of %1 into %2.</source>
        <translation>Se combinó la copia de seguridad de %1 con %2.</translation>
    </message>
    <message>
        <source>Records added: %1. Already in the wallet: %2.</source>
        <translation>Registros añadidos: %1. Ya estaban en la billetera: %2.</translation>
    </message>
    <message>
        <source>Records the wallet has in another version (its own version was kept): %1.</source>
        <translation>Registros que la billetera tiene en otra versión (se conservó la versión de la billetera): %1.</translation>
    </message>
    <message>
        <source>Restoring the wallet (measuring this computer to set the key strength)...</source>
        <translation>Restaurando la billetera (midiendo esta computadora para fijar la fuerza de la clave)...</translation>
    </message>
    <message>
        <source>Wallet restored into %1. Records: %2.</source>
        <translation>Billetera restaurada en %1. Registros: %2.</translation>
    </message>
    <message>
        <source>This is a new recovery code: the code of the wallet the backup came from does not open this one.</source>
        <translation>Este es un nuevo código de recuperación: el código de la billetera de la que proviene la copia de seguridad no abre esta.</translation>
    </message>
    <message>
        <source>Name one command to explain.</source>
        <translation>Indique una orden para explicarla.</translation>
    </message>
    <message>
        <source>Run ler-wallet-cli help %1 for its arguments and options.</source>
        <translation>Ejecute ler-wallet-cli help %1 para ver sus argumentos y opciones.</translation>
    </message>
    <message>
        <source>Replacing the wallet key (copying every record under it)...</source>
        <translation>Reemplazando la clave de la billetera (copiando cada registro con la nueva clave)...</translation>
    </message>
    <message>
        <source>The wallet key was replaced. Old copies of the key file no longer open this wallet.</source>
        <translation>Se reemplazó la clave de la billetera. Las copias antiguas del archivo de claves ya no abren esta billetera.</translation>
    </message>
    <message>
        <source>New recovery code (the old one no longer works; write this one down, it is shown only once):</source>
        <translation>Nuevo código de recuperación (el anterior ya no funciona; anote este, se muestra una sola vez):</translation>
    </message>
    <message>
        <source>usage error: a missing or extra argument or option</source>
        <translation>error de uso: falta o sobra un argumento u opción</translation>
    </message>
    <message>
        <source>no wallet in the folder, a damaged key file or an unreadable passphrase file</source>
        <translation>no hay ninguna billetera en la carpeta, el archivo de claves está dañado o no se puede leer el archivo de frase de contraseña</translation>
    </message>
    <message>
        <source>wrong passphrase</source>
        <translation>frase de contraseña incorrecta</translation>
    </message>
    <message>
        <source>The wallet folder (default: %1).</source>
        <translation>La carpeta de la billetera (predeterminada: %1).</translation>
    </message>
    <message>
        <source>Read the passphrase from the first line of FILE instead of asking for it (or taking LER_WALLET_PASSPHRASE).</source>
        <translation>Leer la frase de contraseña de la primera línea de FILE en lugar de pedirla (o de tomarla de LER_WALLET_PASSPHRASE).</translation>
    </message>
    <message>
        <source>Print one JSON document on standard output, also for errors.</source>
        <translation>Mostrar un único documento JSON en la salida estándar, también en caso de error.</translation>
    </message>
    <message>
        <source>Read the new passphrase from the first line of FILE (or take LER_WALLET_NEW_PASSPHRASE).</source>
        <translation>Leer la nueva frase de contraseña de la primera línea de FILE (o tomarla de LER_WALLET_NEW_PASSPHRASE).</translation>
    </message>
    <message>
        <source>Open the wallet with the recovery code (asked for, or taken from LER_WALLET_RECOVERY_CODE) instead of the passphrase, to set a new passphrase.</source>
        <translation>Abrir la billetera con el código de recuperación (se pide o se toma de LER_WALLET_RECOVERY_CODE) en lugar de la frase de contraseña, para establecer una nueva frase de contraseña.</translation>
    </message>
    <message>
        <source>Replace stored versions of credentials that changed.</source>
        <translation>Reemplazar las versiones guardadas de las credenciales que cambiaron.</translation>
    </message>
    <message>
        <source>The file to write (for QR codes, the folder).</source>
        <translation>El archivo que se escribirá (para códigos QR, la carpeta).</translation>
    </message>
    <message>
        <source>Do not use the network; checks that need it are reported as not checked.</source>
        <translation>No usar la red; las comprobaciones que la necesitan se indican como no comprobadas.</translation>
    </message>
    <message>
        <source>Check every credential in the wallet (given with --wallet) again and keep the results.</source>
        <translation>Volver a comprobar cada credencial de la billetera (indicada con --wallet) y guardar los resultados.</translation>
    </message>
    <message>
        <source>The challenge (nonce) a presentation must answer.</source>
        <translation>El desafío (nonce) al que debe responder una presentación.</translation>
    </message>
    <message>
        <source>The domain (audience) a presentation must be made for.</source>
        <translation>El dominio (destinatario) para el que debe hacerse una presentación.</translation>
    </message>
    <message>
        <source>Issuer keys you trust: a JWKS whose kid is the full key id, JWT VC issuer metadata, a DID document, or an array of these.</source>
        <translation>Claves de emisor en las que confía: un JWKS cuyo kid es el id completo de la clave, metadatos de emisor JWT VC, un documento DID o una matriz de estos.</translation>
    </message>
    <message>
        <source>Your email address or DID, for the recipient check; repeat it for several.</source>
        <translation>Su dirección de correo electrónico o DID, para la comprobación del destinatario; repítala para indicar varias.</translation>
    </message>
    <message>
        <source>The oldest presentation accepted when it sets no expiry of its own: 30d (the default), 12h, 2w, or none.</source>
        <translation>La presentación más antigua que se acepta cuando no fija su propia caducidad: 30d (valor predeterminado), 12h, 2w o none.</translation>
    </message>
    <message>
        <source>A record to share, as list prints its id; repeat it for several.</source>
        <translation>Un registro que compartir, con el id que muestra list; repítalo para indicar varios.</translation>
    </message>
    <message>
        <source>A claim of an SD-JWT record to show, such as ID:achievement.grade or ID:skills[1]; ID:* shows all. Repeat it for several; the claims not named stay hidden.</source>
        <translation>Un dato de un registro SD-JWT que mostrar, como ID:achievement.grade o ID:skills[1]; ID:* muestra todos. Repítalo para indicar varios; los datos no indicados quedan ocultos.</translation>
    </message>
    <message>
        <source>How long the presentation stays valid, such as 7d or 12h.</source>
        <translation>Cuánto tiempo sigue siendo válida la presentación, como 7d o 12h.</translation>
    </message>
    <message>
        <source>What to make: for present, vp-json, vp-jwt or sd-jwt (a file), pdf (a printable page with QR codes), or qr-png, qr-svg or qr-text (a folder with one file per QR code); for export-ler, ler-rs, ler-rs-vc, json-resume or pdf (a résumé).</source>
        <translation>Qué crear: para present, vp-json, vp-jwt o sd-jwt (un archivo), pdf (una página imprimible con códigos QR), o qr-png, qr-svg o qr-text (una carpeta con un archivo por código QR); para export-ler, ler-rs, ler-rs-vc, json-resume o pdf (un currículum).</translation>
    </message>
    <message>
        <source>Facts about you to include, left out unless named: birthDate, gender, ethnicity, citizenship, legalId (separated by commas).</source>
        <translation>Datos personales que incluir, omitidos si no se indican: birthDate, gender, ethnicity, citizenship, legalId (separados por comas).</translation>
    </message>
    <message>
        <source>How QR codes are sized: auto (the default: sturdy codes, but a larger code VerifierPlus reads rather than several parts only LER Wallet reads), robust (error correction M, at most version 30) or verifierplus (error correction L, up to version 40, as VerifierPlus&apos;s own library makes them).</source>
        <translation>Cómo se dimensionan los códigos QR: auto (el valor predeterminado: códigos resistentes, pero un código más grande que VerifierPlus lee en lugar de varias partes que solo lee LER Wallet), robust (corrección de errores M, como máximo versión 30) o verifierplus (corrección de errores L, hasta versión 40, como los crea la propia biblioteca de VerifierPlus).</translation>
    </message>
    <message>
        <source>Print what the recipient will see, and write nothing.</source>
        <translation>Mostrar lo que verá el destinatario, sin escribir nada.</translation>
    </message>
    <message>
        <source>Delete the history entry with this id.</source>
        <translation>Eliminar la entrada del historial con este id.</translation>
    </message>
    <message>
        <source>The backup file to read.</source>
        <translation>El archivo de copia de seguridad que se leerá.</translation>
    </message>
    <message>
        <source>Add the backup&apos;s records to the wallet in --wallet instead of restoring it into a new wallet.</source>
        <translation>Añadir los registros de la copia de seguridad a la billetera de --wallet en lugar de restaurarla en una billetera nueva.</translation>
    </message>
    <message>
        <source>Read the backup passphrase from the first line of FILE (else it comes from where the wallet passphrase does).</source>
        <translation>Leer la frase de contraseña de la copia de seguridad de la primera línea de FILE (si no, se toma del mismo lugar que la frase de contraseña de la billetera).</translation>
    </message>
    <message>
        <source>RDFC-1.0 canonical N-Quads of an N-Quads file.</source>
        <translation>N-Quads canónicos RDFC-1.0 de un archivo N-Quads.</translation>
    </message>
    <message>
        <source>A JSON-LD file as RDF, printed as RDFC-1.0 canonical N-Quads (bundled contexts only, never fetched).</source>
        <translation>Un archivo JSON-LD como RDF, mostrado como N-Quads canónicos RDFC-1.0 (solo contextos incluidos, nunca descargados).</translation>
    </message>
    <message>
        <source>RFC 8785 canonical JSON of a JSON file.</source>
        <translation>JSON canónico RFC 8785 de un archivo JSON.</translation>
    </message>
    <message>
        <source>Show the help of the program, or of the command named with it.</source>
        <translation>Mostrar la ayuda del programa o de la orden indicada con ella.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Mostrar la versión.</translation>
    </message>
    <message>
        <source>Creates a wallet in the folder given by --wallet and prints its recovery code, once. Write the code down: if the passphrase is forgotten, it is the only way back into the wallet.

The passphrase is asked for twice on the terminal, or read from --passphrase-file or LER_WALLET_PASSPHRASE. The cost of deriving the key is measured on this computer (about 0.5 to 1 second, at least 256 MiB of memory).</source>
        <translation>Crea una billetera en la carpeta indicada con --wallet y muestra su código de recuperación, una sola vez. Anote el código: si olvida la frase de contraseña, es la única forma de volver a entrar en la billetera.

La frase de contraseña se pide dos veces en la terminal, o se lee de --passphrase-file o LER_WALLET_PASSPHRASE. El costo de derivar la clave se mide en esta computadora (entre 0,5 y 1 segundo aproximadamente, con al menos 256 MiB de memoria).</translation>
    </message>
    <message>
        <source>the wallet was created</source>
        <translation>se creó la billetera</translation>
    </message>
    <message>
        <source>usage error, or the folder already holds a wallet</source>
        <translation>error de uso, o la carpeta ya contiene una billetera</translation>
    </message>
    <message>
        <source>the passphrase is too short, the two passphrases differ, or the passphrase file cannot be read</source>
        <translation>la frase de contraseña es demasiado corta, las dos frases de contraseña no coinciden o no se puede leer el archivo de frase de contraseña</translation>
    </message>
    <message>
        <source>Change the passphrase (or set one with the recovery code).</source>
        <translation>Cambiar la frase de contraseña (o establecer una con el código de recuperación).</translation>
    </message>
    <message>
        <source>Changes the passphrase. The current one is asked for (or read from --passphrase-file or LER_WALLET_PASSPHRASE), then the new one twice (or read from --new-passphrase-file or LER_WALLET_NEW_PASSPHRASE). With --recovery-code, the recovery code opens the wallet instead, for a forgotten passphrase. Only the key file is rewritten, atomically; the recovery code keeps working.</source>
        <translation>Cambia la frase de contraseña. Se pide la actual (o se lee de --passphrase-file o LER_WALLET_PASSPHRASE) y luego la nueva dos veces (o se lee de --new-passphrase-file o LER_WALLET_NEW_PASSPHRASE). Con --recovery-code, el código de recuperación abre la billetera en su lugar, si olvidó la frase de contraseña. Solo se reescribe el archivo de claves, de forma atómica; el código de recuperación sigue funcionando.</translation>
    </message>
    <message>
        <source>the passphrase was changed</source>
        <translation>se cambió la frase de contraseña</translation>
    </message>
    <message>
        <source>no wallet in the folder, the new passphrase is too short, or a passphrase file cannot be read</source>
        <translation>no hay ninguna billetera en la carpeta, la nueva frase de contraseña es demasiado corta o no se puede leer un archivo de frase de contraseña</translation>
    </message>
    <message>
        <source>wrong passphrase or recovery code</source>
        <translation>frase de contraseña o código de recuperación incorrectos</translation>
    </message>
    <message>
        <source>Replace the wallet key and print a new recovery code.</source>
        <translation>Reemplazar la clave de la billetera y mostrar un nuevo código de recuperación.</translation>
    </message>
    <message>
        <source>Replaces the wallet key: every record is re-encrypted under a new random key, the passphrase is wrapped again (or replaced by a new one from --new-passphrase-file or LER_WALLET_NEW_PASSPHRASE), and a new recovery code is printed once; the old code stops working. Use it when an old copy of the key file and an old passphrase may both have leaked.

The wallet must not be open in the app or in another command. An interrupted rekey leaves the wallet working with its old key.</source>
        <translation>Reemplaza la clave de la billetera: cada registro se vuelve a cifrar con una nueva clave aleatoria, la frase de contraseña se vuelve a envolver (o se reemplaza por una nueva tomada de --new-passphrase-file o LER_WALLET_NEW_PASSPHRASE) y se muestra una sola vez un nuevo código de recuperación; el código anterior deja de funcionar. Úselo cuando puedan haberse filtrado tanto una copia antigua del archivo de claves como una frase de contraseña antigua.

La billetera no debe estar abierta en la aplicación ni en otra orden. Si se interrumpe el cambio de clave, la billetera sigue funcionando con su clave anterior.</translation>
    </message>
    <message>
        <source>the key was replaced; the new recovery code is printed</source>
        <translation>se reemplazó la clave; se muestra el nuevo código de recuperación</translation>
    </message>
    <message>
        <source>no wallet in the folder, the new passphrase is too short or easy to guess, or a passphrase file cannot be read</source>
        <translation>no hay ninguna billetera en la carpeta, la nueva frase de contraseña es demasiado corta o fácil de adivinar, o no se puede leer un archivo de frase de contraseña</translation>
    </message>
    <message>
        <source>wrong passphrase, or the wallet is open in another window or command</source>
        <translation>frase de contraseña incorrecta, o la billetera está abierta en otra ventana u orden</translation>
    </message>
    <message>
        <source>Checks the wallet: the key file, the authentication code of every database page, the database&apos;s structure, links between records, the schema version and the fingerprint of every stored credential. Prints one line per check.</source>
        <translation>Comprueba la billetera: el archivo de claves, el código de autenticación de cada página de la base de datos, la estructura de la base de datos, los vínculos entre registros, la versión del esquema y la huella de cada credencial guardada. Muestra una línea por comprobación.</translation>
    </message>
    <message>
        <source>the wallet is intact</source>
        <translation>la billetera está intacta</translation>
    </message>
    <message>
        <source>a check failed</source>
        <translation>falló una comprobación</translation>
    </message>
    <message>
        <source>Import credentials from files, folders or standard input.</source>
        <translation>Importar credenciales desde archivos, carpetas o la entrada estándar.</translation>
    </message>
    <message>
        <source>Imports credentials: Open Badges 2.0 and 3.0, CLR 2.0, W3C Verifiable Credentials (JSON or JWT), SD-JWT VC, badges baked into PNG or SVG images, PESC XML transcripts and CSV files of your own entries. Each new credential is checked at once, offline. Prints one line per credential; a file that cannot be read does not stop the others.

A folder is searched with all its subfolders, as the app&apos;s Import a folder does, and the number of files found is printed. On a terminal, standard error shows how far the import has come.</source>
        <translation>Importa credenciales: Open Badges 2.0 y 3.0, CLR 2.0, credenciales verificables W3C (JSON o JWT), SD-JWT VC, insignias incrustadas en imágenes PNG o SVG, certificados de estudios PESC XML y archivos CSV con sus propias entradas. Cada credencial nueva se comprueba al momento, sin conexión. Muestra una línea por credencial; un archivo que no se puede leer no detiene los demás.

Una carpeta se recorre con todas sus subcarpetas, como hace Importar una carpeta en la aplicación, y se muestra el número de archivos encontrados. En una terminal, la salida de error estándar muestra el avance de la importación.</translation>
    </message>
    <message>
        <source>A file to import; - reads standard input.</source>
        <translation>Un archivo que importar; - lee la entrada estándar.</translation>
    </message>
    <message>
        <source>A folder: every file in it and its subfolders named %1 is imported. Hidden files and folders are skipped.</source>
        <translation>Una carpeta: se importa cada archivo llamado %1 que haya en ella y en sus subcarpetas. Los archivos y carpetas ocultos se omiten.</translation>
    </message>
    <message>
        <source>every input was imported or is already in the wallet</source>
        <translation>todas las entradas se importaron o ya están en la billetera</translation>
    </message>
    <message>
        <source>some input was rejected</source>
        <translation>se rechazó alguna entrada</translation>
    </message>
    <message>
        <source>no input could be imported, or no wallet in the folder</source>
        <translation>no se pudo importar ninguna entrada, o no hay ninguna billetera en la carpeta</translation>
    </message>
    <message>
        <source>Lists the credentials: id, kind, title, issuer, issue date and the latest verification result. Credentials nested in a CLR follow it, indented.</source>
        <translation>Muestra la lista de credenciales: id, tipo, título, emisor, fecha de emisión y el último resultado de verificación. Las credenciales anidadas en un CLR aparecen a continuación de este, con sangría.</translation>
    </message>
    <message>
        <source>success</source>
        <translation>éxito</translation>
    </message>
    <message>
        <source>Shows one credential: its format, when and from where it was added, its fingerprint, the credentials nested in it and its normalized record.</source>
        <translation>Muestra una credencial: su formato, cuándo y desde dónde se añadió, su huella, las credenciales anidadas en ella y su registro normalizado.</translation>
    </message>
    <message>
        <source>A credential id, as list prints it.</source>
        <translation>Un id de credencial, tal como lo muestra list.</translation>
    </message>
    <message>
        <source>no credential with this id, or no wallet in the folder</source>
        <translation>no hay ninguna credencial con este id, o no hay ninguna billetera en la carpeta</translation>
    </message>
    <message>
        <source>Finds the credentials whose title, issuer, skills, courses or other text contain every word (as the start of a word).</source>
        <translation>Busca las credenciales cuyo título, emisor, competencias, cursos u otro texto contienen todas las palabras (como inicio de palabra).</translation>
    </message>
    <message>
        <source>The words to look for.</source>
        <translation>Las palabras que buscar.</translation>
    </message>
    <message>
        <source>success, also when nothing matches</source>
        <translation>éxito, también cuando no hay coincidencias</translation>
    </message>
    <message>
        <source>Write the original of credential ID to a file (--out).</source>
        <translation>Escribir el original de la credencial ID en un archivo (--out).</translation>
    </message>
    <message>
        <source>Writes the exact bytes that were imported (the JSON, the token, the baked image...) to FILE.</source>
        <translation>Escribe en FILE los bytes exactos que se importaron (el JSON, el token, la imagen con la insignia incrustada...).</translation>
    </message>
    <message>
        <source>the file was written</source>
        <translation>se escribió el archivo</translation>
    </message>
    <message>
        <source>usage error: no id, or no --out</source>
        <translation>error de uso: falta el id o falta --out</translation>
    </message>
    <message>
        <source>no credential with this id, FILE cannot be written, or no wallet in the folder</source>
        <translation>no hay ninguna credencial con este id, no se puede escribir FILE o no hay ninguna billetera en la carpeta</translation>
    </message>
    <message>
        <source>Deletes a credential and the credentials nested in it, with their verification results. This cannot be undone.</source>
        <translation>Elimina una credencial y las credenciales anidadas en ella, con sus resultados de verificación. Esto no se puede deshacer.</translation>
    </message>
    <message>
        <source>the credential was deleted</source>
        <translation>se eliminó la credencial</translation>
    </message>
    <message>
        <source>Verify credentials in files, or every credential in a wallet.</source>
        <translation>Verificar credenciales de archivos, o todas las credenciales de una billetera.</translation>
    </message>
    <message>
        <source>Verifies credentials and presentations as their standards say and prints one line per check: format, signature, issuer, proof purpose, key binding, disclosures, dates, status and recipient. Each file is verified, not verified, or partly verified (nothing failed, but something important could not be checked).

Images of QR codes (PNG, JPEG...) and PDFs made by LER Wallet are read for their codes: VPQR codes and the parts of LER Wallet&apos;s multi-part format, in any order. All the images and PDFs given are checked together as one presentation: their presentations must come from one wallet and answer one challenge.

With --all and --wallet, every credential in the wallet is checked again, using the identifiers and trusted issuer keys kept in the wallet, and each result is stored.</source>
        <translation>Verifica credenciales y presentaciones según sus estándares y muestra una línea por comprobación: formato, firma, emisor, propósito de la prueba, vinculación de clave, divulgaciones, fechas, estado y destinatario. Cada archivo queda verificado, no verificado o verificado en parte (nada falló, pero no se pudo comprobar algo importante).

De las imágenes de códigos QR (PNG, JPEG...) y de los PDF creados por LER Wallet se leen sus códigos: códigos VPQR y las partes del formato multiparte de LER Wallet, en cualquier orden. Todas las imágenes y PDF indicados se comprueban juntos como una sola presentación: sus presentaciones deben provenir de una misma billetera y responder a un mismo desafío.

Con --all y --wallet, se vuelve a comprobar cada credencial de la billetera, con los identificadores y las claves de emisor de confianza guardados en la billetera, y se guarda cada resultado.</translation>
    </message>
    <message>
        <source>A file to verify: a credential, a presentation, an image of QR codes or a PDF made by the wallet; - reads standard input.</source>
        <translation>Un archivo que verificar: una credencial, una presentación, una imagen de códigos QR o un PDF creado por la billetera; - lee la entrada estándar.</translation>
    </message>
    <message>
        <source>every file is verified (--all: no credential failed a check)</source>
        <translation>todos los archivos están verificados (--all: ninguna credencial falló una comprobación)</translation>
    </message>
    <message>
        <source>a file is not verified or only partly verified (--all: a credential is not verified)</source>
        <translation>un archivo no está verificado o solo está verificado en parte (--all: una credencial no está verificada)</translation>
    </message>
    <message>
        <source>a file cannot be read or is in no supported format, or the issuer keys cannot be read</source>
        <translation>no se puede leer un archivo o no tiene ningún formato compatible, o no se pueden leer las claves de emisor</translation>
    </message>
    <message>
        <source>--all: wrong passphrase</source>
        <translation>--all: frase de contraseña incorrecta</translation>
    </message>
    <message>
        <source>Print the canonical form of a JSON, JSON-LD or N-Quads file.</source>
        <translation>Mostrar la forma canónica de un archivo JSON, JSON-LD o N-Quads.</translation>
    </message>
    <message>
        <source>Prints FILE&apos;s bytes exactly as signatures see them, on standard output. Name exactly one of --rdfc, --jsonld-to-rdf and --jcs.</source>
        <translation>Muestra en la salida estándar los bytes de FILE exactamente como los ven las firmas. Indique exactamente una de --rdfc, --jsonld-to-rdf y --jcs.</translation>
    </message>
    <message>
        <source>The file to read; - reads standard input.</source>
        <translation>El archivo que leer; - lee la entrada estándar.</translation>
    </message>
    <message>
        <source>usage error: not exactly one of the options and one file</source>
        <translation>error de uso: no se indicó exactamente una de las opciones y un archivo</translation>
    </message>
    <message>
        <source>the file cannot be read or is not valid</source>
        <translation>el archivo no se puede leer o no es válido</translation>
    </message>
    <message>
        <source>Make a presentation of chosen records, signed by your wallet.</source>
        <translation>Crear una presentación de los registros elegidos, firmada por su billetera.</translation>
    </message>
    <message>
        <source>Makes a presentation of the records given with --credential, signed with your wallet&apos;s own key, and writes it to --out. Credentials signed as a whole (Data Integrity, JWT) are shared whole; of an SD-JWT record only the claims named with --disclose are shown. Your own entries go into a credential your wallet issues, marked self-asserted. Every presentation made is kept in the sharing history.

--domain names who it is for; --challenge is the recipient&apos;s challenge (one is made when not given); --expires sets how long it stays valid. With --preview, prints what the recipient will see and writes nothing.

The pdf and qr formats carry the records in QR codes: one VPQR code per JSON-LD record (what VerifierPlus and the Learner Credential Wallet scan), each a complete presentation signed with the same challenge, with &quot;2 of 5&quot; printed beside it; what fits no code goes into parts of LER Wallet&apos;s multi-part format; an SD-JWT bound to your wallet goes as its text. For qr-png, qr-svg and qr-text, --out is a folder that receives part-01.png, part-02.png... in order (qr-text: the payloads as text files). The pdf adds a summary in words and a guide for the employer.</source>
        <translation>Crea una presentación de los registros indicados con --credential, firmada con la clave propia de su billetera, y la escribe en --out. Las credenciales firmadas como un todo (Data Integrity, JWT) se comparten completas; de un registro SD-JWT solo se muestran los datos indicados con --disclose. Sus propias entradas van en una credencial que emite su billetera, marcada como declarada por usted. Cada presentación creada se guarda en el historial de uso compartido.

--domain indica para quién es; --challenge es el desafío del destinatario (se crea uno si no se indica); --expires fija cuánto tiempo sigue siendo válida. Con --preview, muestra lo que verá el destinatario y no escribe nada.

Los formatos pdf y qr llevan los registros en códigos QR: un código VPQR por cada registro JSON-LD (lo que escanean VerifierPlus y Learner Credential Wallet), cada uno una presentación completa firmada con el mismo desafío, con &quot;2 de 5&quot; impreso al lado; lo que no cabe en ningún código va en partes del formato multiparte de LER Wallet; un SD-JWT vinculado a su billetera va como texto. Para qr-png, qr-svg y qr-text, --out es una carpeta que recibe part-01.png, part-02.png... en orden (qr-text: el contenido como archivos de texto). El pdf añade un resumen en palabras y una guía para el empleador.</translation>
    </message>
    <message>
        <source>the presentation was written (or previewed)</source>
        <translation>se escribió la presentación (o se mostró la vista previa)</translation>
    </message>
    <message>
        <source>an unknown record or claim, a record that cannot be presented, an unwritable file, or no wallet in the folder; nothing is written</source>
        <translation>un registro o dato desconocido, un registro que no se puede presentar, un archivo en el que no se puede escribir, o no hay ninguna billetera en la carpeta; no se escribe nada</translation>
    </message>
    <message>
        <source>Print your wallet ID (its did:key) and public key, for issuers.</source>
        <translation>Mostrar el ID de su billetera (su did:key) y su clave pública, para los emisores.</translation>
    </message>
    <message>
        <source>Prints your wallet ID, the did:key that signs your presentations, and its public key as a JWK, which an issuer can bind an SD-JWT credential to (cnf.jwk). The key is made the first time it is needed.</source>
        <translation>Muestra el ID de su billetera, el did:key que firma sus presentaciones, y su clave pública como JWK, a la que un emisor puede vincular una credencial SD-JWT (cnf.jwk). La clave se crea la primera vez que se necesita.</translation>
    </message>
    <message>
        <source>List what you shared, with whom and when.</source>
        <translation>Mostrar lo que compartió, con quién y cuándo.</translation>
    </message>
    <message>
        <source>Lists every presentation made: when, for whom, which records and claims, and in which format. It never holds the presentation itself or any key. --delete ID removes one entry.</source>
        <translation>Muestra cada presentación creada: cuándo, para quién, qué registros y datos, y en qué formato. Nunca guarda la presentación en sí ni ninguna clave. --delete ID elimina una entrada.</translation>
    </message>
    <message>
        <source>no entry with this id, or no wallet in the folder</source>
        <translation>no hay ninguna entrada con este id, o no hay ninguna billetera en la carpeta</translation>
    </message>
    <message>
        <source>Write a résumé for employers: LER-RS, JSON Resume or PDF.</source>
        <translation>Escribir un currículum para empleadores: LER-RS, JSON Resume o PDF.</translation>
    </message>
    <message>
        <source>Writes a résumé of the records given with --credential (every record when none is given) to --out, with your name and contact from the wallet&apos;s profile (filled in the app).

ler-rs is the HR Open Standards Learning and Employment Record Resume: each Open Badge 3.0 and CLR 2.0 goes in unchanged so the employer&apos;s system can verify it. ler-rs-vc is the same, signed by your wallet as a verifiable credential. json-resume is JSON Resume 1.x; it cannot carry signatures, skill frameworks or evidence, and says which records lost what. pdf is a printable résumé with a QR code per credential that fits one.

Your birth date, gender, ethnicity, citizenship and legal ID are left out unless named with --include. Nothing but the chosen records leaves the wallet.</source>
        <translation>Escribe en --out un currículum con los registros indicados con --credential (todos los registros si no se indica ninguno), con su nombre y datos de contacto del perfil de la billetera (completado en la aplicación).

ler-rs es el currículum de registro de aprendizaje y empleo (Learning and Employment Record Resume) de HR Open Standards: cada Open Badge 3.0 y CLR 2.0 se incluye sin cambios para que el sistema del empleador pueda verificarlo. ler-rs-vc es lo mismo, firmado por su billetera como credencial verificable. json-resume es JSON Resume 1.x; no puede contener firmas, marcos de competencias ni evidencias, e indica qué registros perdieron qué. pdf es un currículum imprimible con un código QR por cada credencial que quepa en uno.

Su fecha de nacimiento, género, origen étnico, ciudadanía e identificación legal se omiten salvo que se indiquen con --include. Nada salvo los registros elegidos sale de la billetera.</translation>
    </message>
    <message>
        <source>the résumé was written</source>
        <translation>se escribió el currículum</translation>
    </message>
    <message>
        <source>usage error: no or an unknown --format, no --out, or an unknown --include</source>
        <translation>error de uso: falta --format o es desconocido, falta --out, o --include es desconocido</translation>
    </message>
    <message>
        <source>an unknown record, an unwritable file, or no wallet in the folder; nothing is written</source>
        <translation>un registro desconocido, un archivo en el que no se puede escribir o ninguna billetera en la carpeta; no se escribe nada</translation>
    </message>
    <message>
        <source>Read the presentation that QR code images or a PDF carry.</source>
        <translation>Leer la presentación que contienen imágenes de códigos QR o un PDF.</translation>
    </message>
    <message>
        <source>Reads the QR codes in images (PNG, JPEG...) and PDFs made by the wallet: VPQR codes, the parts of LER Wallet&apos;s multi-part format (in any order, repeats allowed) and codes holding a JWT or SD-JWT. Writes the presentation they carry to --out, as a file verify reads, or prints it. Codes that hold several presentations (one per credential) give FILE-1.json, FILE-2.json...</source>
        <translation>Lee los códigos QR de imágenes (PNG, JPEG...) y de los PDF creados por la billetera: códigos VPQR, las partes del formato de varias partes de LER Wallet (en cualquier orden, se admiten repeticiones) y códigos que contienen un JWT o SD-JWT. Escribe la presentación que contienen en --out, como un archivo que verify puede leer, o la muestra. Los códigos que contienen varias presentaciones (una por credencial) generan FILE-1.json, FILE-2.json...</translation>
    </message>
    <message>
        <source>A picture with one or more QR codes.</source>
        <translation>Una imagen con uno o más códigos QR.</translation>
    </message>
    <message>
        <source>A presentation PDF made by LER Wallet.</source>
        <translation>Un PDF de presentación creado por LER Wallet.</translation>
    </message>
    <message>
        <source>the presentation was written</source>
        <translation>se escribió la presentación</translation>
    </message>
    <message>
        <source>usage error: not decode, or no image</source>
        <translation>error de uso: no es decode, o falta la imagen</translation>
    </message>
    <message>
        <source>an image without a readable code, a damaged code, parts missing or of different presentations, or FILE cannot be written</source>
        <translation>una imagen sin ningún código legible, un código dañado, partes que faltan o de presentaciones distintas, o no se puede escribir FILE</translation>
    </message>
    <message>
        <source>Write an encrypted backup of the whole wallet to a file.</source>
        <translation>Escribir en un archivo una copia de seguridad cifrada de toda la billetera.</translation>
    </message>
    <message>
        <source>Writes everything in the wallet to one encrypted file: every record with its original bytes, verification results, tags and collections, your own entries, your wallet&apos;s own key, the sharing history, trusted issuers, your identifiers and the settings. The file appears complete or not at all.

The backup has its own passphrase, which may differ from the wallet&apos;s: it is read from --backup-passphrase-file, or else from where the wallet passphrase comes from (the same passphrase when that is --passphrase-file or LER_WALLET_PASSPHRASE; asked for twice at the terminal otherwise). It must be as hard to guess as a wallet passphrase. The file format is described in docs/backup-format.md.</source>
        <translation>Escribe todo el contenido de la billetera en un único archivo cifrado: cada registro con sus bytes originales, los resultados de verificación, las etiquetas y colecciones, sus propias entradas, la clave propia de su billetera, el historial de compartición, los emisores de confianza, sus identificadores y la configuración. El archivo aparece completo o no aparece.

La copia de seguridad tiene su propia frase de contraseña, que puede ser distinta de la de la billetera: se lee de --backup-passphrase-file o, si no, del mismo lugar del que proviene la frase de contraseña de la billetera (es la misma frase cuando esta proviene de --passphrase-file o LER_WALLET_PASSPHRASE; en otro caso se pide dos veces en la terminal). Debe ser tan difícil de adivinar como una frase de contraseña de billetera. El formato del archivo se describe en docs/backup-format.md.</translation>
    </message>
    <message>
        <source>the backup was written</source>
        <translation>se escribió la copia de seguridad</translation>
    </message>
    <message>
        <source>usage error: no --out</source>
        <translation>error de uso: falta --out</translation>
    </message>
    <message>
        <source>no wallet in the folder, the backup passphrase is too easy to guess, a passphrase file cannot be read, or FILE cannot be written; no file is left behind</source>
        <translation>no hay ninguna billetera en la carpeta, la frase de contraseña de la copia de seguridad es demasiado fácil de adivinar, no se puede leer un archivo de frase de contraseña o no se puede escribir FILE; no queda ningún archivo</translation>
    </message>
    <message>
        <source>Restore a backup into a new wallet, or merge it into one.</source>
        <translation>Restaurar una copia de seguridad en una billetera nueva o combinarla con una existente.</translation>
    </message>
    <message>
        <source>Restores the backup --in FILE into a new wallet in the folder --wallet, which must not exist or be empty, with a new passphrase and a new recovery code (printed once). With --merge the backup&apos;s records are added to the wallet already in --wallet: records it has already (the same file, or the same credential in another wrapper) are not added twice, and where it has another version of a record, its own is kept.

The whole backup is read and checked before anything is written: a wrong backup passphrase, a damaged or incomplete file or a backup from a newer version writes nothing. The backup passphrase comes from --backup-passphrase-file, or else from where the wallet passphrase comes from.</source>
        <translation>Restaura la copia de seguridad --in FILE en una billetera nueva en la carpeta --wallet, que no debe existir o debe estar vacía, con una frase de contraseña nueva y un código de recuperación nuevo (se muestra una sola vez). Con --merge, los registros de la copia de seguridad se añaden a la billetera que ya está en --wallet: los registros que ya tiene (el mismo archivo, o la misma credencial en otro envoltorio) no se añaden dos veces, y cuando tiene otra versión de un registro, se conserva la suya.

Toda la copia de seguridad se lee y se comprueba antes de escribir nada: con una frase de contraseña incorrecta, un archivo dañado o incompleto o una copia de seguridad de una versión más reciente, no se escribe nada. La frase de contraseña de la copia de seguridad proviene de --backup-passphrase-file o, si no, del mismo lugar que la frase de contraseña de la billetera.</translation>
    </message>
    <message>
        <source>the backup was restored or merged</source>
        <translation>se restauró o combinó la copia de seguridad</translation>
    </message>
    <message>
        <source>usage error: no --in or --wallet, or the folder already holds something (without --merge)</source>
        <translation>error de uso: falta --in o --wallet, o la carpeta ya contiene algo (sin --merge)</translation>
    </message>
    <message>
        <source>the backup is damaged, incomplete, not a backup or from a newer version, a passphrase file cannot be read, or (--merge) no wallet in the folder; nothing is written</source>
        <translation>la copia de seguridad está dañada o incompleta, no es una copia de seguridad o es de una versión más reciente, no se puede leer un archivo de frase de contraseña, o (--merge) no hay ninguna billetera en la carpeta; no se escribe nada</translation>
    </message>
    <message>
        <source>wrong backup passphrase, or (--merge) wrong wallet passphrase</source>
        <translation>frase de contraseña de la copia de seguridad incorrecta, o (--merge) frase de contraseña de la billetera incorrecta</translation>
    </message>
    <message>
        <source>Show the help of a command, or the list of commands.</source>
        <translation>Mostrar la ayuda de una orden o la lista de órdenes.</translation>
    </message>
    <message>
        <source>Shows what a command does, its arguments, options and exit codes, and an example; the same as COMMAND --help. Without a command, lists the commands.</source>
        <translation>Muestra qué hace una orden, sus argumentos, opciones y códigos de salida, y un ejemplo; es lo mismo que COMMAND --help. Sin una orden, muestra la lista de órdenes.</translation>
    </message>
    <message>
        <source>The command to explain.</source>
        <translation>La orden que se explicará.</translation>
    </message>
    <message>
        <source>no such command</source>
        <translation>no existe esa orden</translation>
    </message>
    <message>
        <source>LER Wallet keeps your Learning and Employment Record (badges, transcripts, certificates and your own work history) in an encrypted wallet on this computer, checks that credentials are genuine, and verifies credentials and presentations others give you.</source>
        <translation>LER Wallet guarda su registro de aprendizaje y empleo (insignias, certificados de estudios, certificados y su propio historial laboral) en una billetera cifrada en esta computadora, comprueba que las credenciales sean auténticas y verifica las credenciales y presentaciones que otras personas le entregan.</translation>
    </message>
    <message>
        <source>The passphrase is asked for on the terminal without echo. For scripts it can come from --passphrase-file or the LER_WALLET_PASSPHRASE environment variable (less safe: other programs of the same user can read the environment). A new passphrase can also come from LER_WALLET_NEW_PASSPHRASE, a recovery code from LER_WALLET_RECOVERY_CODE.</source>
        <translation>La frase de contraseña se pide en la terminal sin mostrarla. Para scripts, puede provenir de --passphrase-file o de la variable de entorno LER_WALLET_PASSPHRASE (menos seguro: otros programas del mismo usuario pueden leer el entorno). Una frase de contraseña nueva también puede provenir de LER_WALLET_NEW_PASSPHRASE, y un código de recuperación, de LER_WALLET_RECOVERY_CODE.</translation>
    </message>
    <message>
        <source>success (verify: every file verified)</source>
        <translation>éxito (verify: todos los archivos verificados)</translation>
    </message>
    <message>
        <source>a check or verification failed (verify: a file is not verified or only partly verified), or import rejected some input</source>
        <translation>falló una comprobación o verificación (verify: un archivo no está verificado o solo está verificado en parte), o import rechazó alguna entrada</translation>
    </message>
    <message>
        <source>usage error</source>
        <translation>error de uso</translation>
    </message>
    <message>
        <source>unreadable or invalid input</source>
        <translation>entrada ilegible o no válida</translation>
    </message>
    <message>
        <source>wrong passphrase or locked wallet</source>
        <translation>frase de contraseña incorrecta o billetera bloqueada</translation>
    </message>
    <message>
        <source>export-ler takes its records with --credential ID.</source>
        <translation>export-ler recibe sus registros con --credential ID.</translation>
    </message>
    <message>
        <source>Name the format with --format: ler-rs, ler-rs-vc, json-resume or pdf.</source>
        <translation>Indique el formato con --format: ler-rs, ler-rs-vc, json-resume o pdf.</translation>
    </message>
    <message>
        <source>--include takes birthDate, gender, ethnicity, citizenship or legalId, not %1.</source>
        <translation>--include acepta birthDate, gender, ethnicity, citizenship o legalId, no %1.</translation>
    </message>
    <message>
        <source>The file %1 could not be written.</source>
        <translation>No se pudo escribir el archivo %1.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote a %1 résumé of %n record(s) to %2.</source>
        <translation>
            <numerusform>Se escribió un currículum %1 de %n registro en %2.</numerusform>
            <numerusform>Se escribió un currículum %1 de %n registros en %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>  left out of &quot;%1&quot;: %2</source>
        <translation>  omitido de &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>No credential files were found in %1.</source>
        <translation>No se encontraron archivos de credenciales en %1.</translation>
    </message>
    <message>
        <source>Name one or more files or folders to import, or - for standard input.</source>
        <translation>Indique uno o más archivos o carpetas para importar, o - para la entrada estándar.</translation>
    </message>
    <message>
        <source>Credential files found in %1: %2</source>
        <translation>Archivos de credenciales encontrados en %1: %2</translation>
    </message>
    <message>
        <source>Importing %1 of %2: %3</source>
        <translation>Importando %1 de %2: %3</translation>
    </message>
    <message>
        <source>Checking %1 of %2: %3</source>
        <translation>Comprobando %1 de %2: %3</translation>
    </message>
    <message>
        <source>Could not write %1 (%2).</source>
        <translation>No se pudo escribir %1 (%2).</translation>
    </message>
    <message>
        <source>The passphrase is longer than %1 bytes.</source>
        <translation>La frase de contraseña tiene más de %1 bytes.</translation>
    </message>
    <message>
        <source>Your wallet has not verified it yet.</source>
        <translation>Su billetera aún no lo ha verificado.</translation>
    </message>
    <message>
        <source>It did NOT pass verification when your wallet last checked it.</source>
        <translation>NO superó la verificación la última vez que su billetera lo comprobó.</translation>
    </message>
    <message>
        <source>Your wallet could only partly verify it.</source>
        <translation>Su billetera solo pudo verificarlo en parte.</translation>
    </message>
    <message>
        <source>It has expired.</source>
        <translation>Ha caducado.</translation>
    </message>
    <message>
        <source>It is not valid yet.</source>
        <translation>Todavía no es válido.</translation>
    </message>
    <message>
        <source>Nothing ties its signing key to the issuer it names.</source>
        <translation>Nada vincula su clave de firma con el emisor que indica.</translation>
    </message>
    <message>
        <source>It carries no signature of its own, so it cannot be verified.</source>
        <translation>No lleva una firma propia, por lo que no se puede verificar.</translation>
    </message>
    <message>
        <source>It is your own entry: your wallet signs it, and the recipient sees it as stated by you.</source>
        <translation>Es una entrada suya: su billetera la firma y el destinatario la ve como declarada por usted.</translation>
    </message>
    <message>
        <source>Shared whole: the issuer&apos;s signature covers the whole record, so no part of it can be left out.</source>
        <translation>Se comparte completo: la firma del emisor cubre todo el registro, por lo que no se puede omitir ninguna parte.</translation>
    </message>
    <message>
        <source>Shared as a credential your wallet issues and signs.</source>
        <translation>Se comparte como una credencial que emite y firma su billetera.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>Shown: %1. Hidden: %2.</source>
        <translation>Se muestra: %1. Se oculta: %2.</translation>
    </message>
    <message>
        <source>Signed with your wallet ID %1</source>
        <translation>Firmado con el ID de su billetera %1</translation>
    </message>
    <message>
        <source>For: %1</source>
        <translation>Para: %1</translation>
    </message>
    <message>
        <source>(no recipient named)</source>
        <translation>(no se indicó ningún destinatario)</translation>
    </message>
    <message>
        <source>Challenge (made by your wallet): %1</source>
        <translation>Desafío (creado por su billetera): %1</translation>
    </message>
    <message>
        <source>Challenge: %1</source>
        <translation>Desafío: %1</translation>
    </message>
    <message>
        <source>Valid until: %1</source>
        <translation>Válido hasta: %1</translation>
    </message>
    <message>
        <source>Your wallet proves that it is yours (key binding).</source>
        <translation>Su billetera demuestra que es suya (vinculación de clave).</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
    <message>
        <source>whoami takes no arguments.</source>
        <translation>whoami no acepta argumentos.</translation>
    </message>
    <message>
        <source>Your wallet ID: %1</source>
        <translation>ID de su billetera: %1</translation>
    </message>
    <message>
        <source>Public key (JWK, for an issuer&apos;s cnf.jwk): %1</source>
        <translation>Clave pública (JWK, para el cnf.jwk de un emisor): %1</translation>
    </message>
    <message>
        <source>present takes its records with --credential ID.</source>
        <translation>present recibe sus registros con --credential ID.</translation>
    </message>
    <message>
        <source>Choose --format vp-json, vp-jwt, sd-jwt, pdf, qr-png, qr-svg or qr-text.</source>
        <translation>Elija --format vp-json, vp-jwt, sd-jwt, pdf, qr-png, qr-svg o qr-text.</translation>
    </message>
    <message>
        <source>Choose --qr-policy auto, robust or verifierplus.</source>
        <translation>Elija --qr-policy auto, robust o verifierplus.</translation>
    </message>
    <message>
        <source>--qr-policy goes with the pdf and qr formats.</source>
        <translation>--qr-policy se usa con los formatos pdf y qr.</translation>
    </message>
    <message>
        <source>Name the records to share with --credential ID.</source>
        <translation>Indique los registros que desea compartir con --credential ID.</translation>
    </message>
    <message>
        <source>--disclose takes ID:CLAIM, such as %1:achievement.grade.</source>
        <translation>--disclose acepta ID:CLAIM, por ejemplo %1:achievement.grade.</translation>
    </message>
    <message>
        <source>--disclose names %1, which is not one of the records given with --credential.</source>
        <translation>--disclose indica %1, que no es uno de los registros indicados con --credential.</translation>
    </message>
    <message>
        <source>Wrote the presentation (%1) to %2.</source>
        <translation>Se escribió la presentación (%1) en %2.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the PDF with %n QR code(s) to %1.</source>
        <translation>
            <numerusform>Se escribió el PDF con %n código QR en %1.</numerusform>
            <numerusform>Se escribió el PDF con %n códigos QR en %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n QR code(s) to %1:</source>
        <translation>
            <numerusform>Se escribió %n código QR en %1:</numerusform>
            <numerusform>Se escribieron %n códigos QR en %1:</numerusform>
        </translation>
    </message>
    <message>
        <source>history takes no arguments; delete with --delete ID.</source>
        <translation>history no acepta argumentos; para eliminar, use --delete ID.</translation>
    </message>
    <message>
        <source>--delete takes the number of a history entry.</source>
        <translation>--delete recibe el número de una entrada del historial.</translation>
    </message>
    <message>
        <source>Deleted history entry %1.</source>
        <translation>Se eliminó la entrada del historial %1.</translation>
    </message>
    <message>
        <source>You have not shared anything yet.</source>
        <translation>Todavía no ha compartido nada.</translation>
    </message>
    <message>
        <source>no recipient named</source>
        <translation>no se indicó ningún destinatario</translation>
    </message>
    <message>
        <source>Shared by a counselor with you present.</source>
        <translation>Compartido por un orientador en su presencia.</translation>
    </message>
    <message>
        <source>Run qr decode IMAGE... to read QR codes.</source>
        <translation>Ejecute qr decode IMAGE... para leer códigos QR.</translation>
    </message>
    <message>
        <source>Name at least one image or PDF with QR codes.</source>
        <translation>Indique al menos una imagen o un PDF con códigos QR.</translation>
    </message>
    <message numerus="yes">
        <source>Read %n QR code(s).</source>
        <translation>
            <numerusform>Se leyó %n código QR.</numerusform>
            <numerusform>Se leyeron %n códigos QR.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote the presentation to %1.</source>
        <translation>Se escribió la presentación en %1.</translation>
    </message>
    <message>
        <source>%1 holding %2 signed by %3</source>
        <comment>%1 is &quot;3 QR codes&quot;, %2 is &quot;1 presentation&quot;, %3 who signed them</comment>
        <translation>%1 con %2; firma: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n QR code(s)</source>
        <translation>
            <numerusform>%n código QR</numerusform>
            <numerusform>%n códigos QR</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n presentation(s)</source>
        <translation>
            <numerusform>%n presentación</numerusform>
            <numerusform>%n presentaciones</numerusform>
        </translation>
    </message>
    <message>
        <source>no one it names</source>
        <translation>nadie identificado</translation>
    </message>
    <message>
        <source>out of secure memory</source>
        <translation>no queda memoria protegida</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ler::codec</name>
    <message>
        <source>The compressed data is too large.</source>
        <translation>Los datos comprimidos son demasiado grandes.</translation>
    </message>
    <message>
        <source>The decompressor could not be started.</source>
        <translation>No se pudo iniciar el descompresor.</translation>
    </message>
    <message>
        <source>The data is not valid GZIP (it is damaged or not compressed).</source>
        <translation>Los datos no son GZIP válido (están dañados o no están comprimidos).</translation>
    </message>
    <message>
        <source>The compressed data expands to more than is allowed.</source>
        <translation>Los datos comprimidos ocupan más de lo permitido al descomprimirse.</translation>
    </message>
    <message>
        <source>The GZIP data is cut short.</source>
        <translation>Los datos GZIP están incompletos.</translation>
    </message>
    <message>
        <source>There are unexpected bytes after the GZIP data.</source>
        <translation>Hay bytes inesperados después de los datos GZIP.</translation>
    </message>
    <message>
        <source>The data is too large to compress.</source>
        <translation>Los datos son demasiado grandes para comprimirlos.</translation>
    </message>
    <message>
        <source>The compressor could not be started.</source>
        <translation>No se pudo iniciar el compresor.</translation>
    </message>
    <message>
        <source>Compression failed.</source>
        <translation>Falló la compresión.</translation>
    </message>
    <message>
        <source>base32: impossible length %1</source>
        <translation>base32: longitud imposible %1</translation>
    </message>
    <message>
        <source>base32: invalid character at position %1</source>
        <translation>base32: carácter no válido en la posición %1</translation>
    </message>
    <message>
        <source>base32: non-zero padding bits</source>
        <translation>base32: bits de relleno distintos de cero</translation>
    </message>
    <message>
        <source>base58: input longer than %1</source>
        <translation>base58: entrada de más de %1</translation>
    </message>
    <message>
        <source>base58: invalid character at position %1</source>
        <translation>base58: carácter no válido en la posición %1</translation>
    </message>
    <message>
        <source>base64url: input longer than %1</source>
        <translation>base64url: entrada de más de %1</translation>
    </message>
    <message>
        <source>base64url: invalid character at position %1</source>
        <translation>base64url: carácter no válido en la posición %1</translation>
    </message>
    <message>
        <source>base64url: impossible length %1</source>
        <translation>base64url: longitud imposible %1</translation>
    </message>
    <message>
        <source>base64url: non-canonical trailing bits</source>
        <translation>base64url: bits finales no canónicos</translation>
    </message>
    <message>
        <source>multibase: empty string</source>
        <translation>multibase: cadena vacía</translation>
    </message>
    <message>
        <source>multibase: non-ASCII character</source>
        <translation>multibase: carácter no ASCII</translation>
    </message>
    <message>
        <source>multibase: encoding %1 is not supported (only &apos;z&apos; base58btc and &apos;u&apos; base64url)</source>
        <translation>multibase: la codificación %1 no se admite (solo &apos;z&apos; base58btc y &apos;u&apos; base64url)</translation>
    </message>
    <message>
        <source>varint: not minimally encoded</source>
        <translation>varint: no tiene la codificación mínima</translation>
    </message>
    <message>
        <source>varint: longer than %1 bytes</source>
        <translation>varint: más de %1 bytes</translation>
    </message>
    <message>
        <source>varint: truncated</source>
        <translation>varint: incompleto</translation>
    </message>
    <message>
        <source>The multicodec prefix is not a valid varint.</source>
        <translation>El prefijo multicodec no es un varint válido.</translation>
    </message>
</context>
<context>
    <name>ler::crypto</name>
    <message>
        <source>The encrypted data is damaged or incomplete.</source>
        <translation>Los datos cifrados están dañados o incompletos.</translation>
    </message>
    <message>
        <source>The key does not open this data.</source>
        <translation>La clave no abre estos datos.</translation>
    </message>
    <message>
        <source>The key file uses a key derivation method this version does not know.</source>
        <translation>El archivo de claves usa un método de derivación de claves que esta versión no conoce.</translation>
    </message>
    <message>
        <source>The key file&apos;s key derivation settings are out of range.</source>
        <translation>Los ajustes de derivación de claves del archivo de claves están fuera de rango.</translation>
    </message>
    <message>
        <source>The cryptography library could not start.</source>
        <translation>La biblioteca de criptografía no pudo iniciarse.</translation>
    </message>
    <message>
        <source>Invalid key derivation settings.</source>
        <translation>Ajustes de derivación de claves no válidos.</translation>
    </message>
    <message>
        <source>Could not allocate protected memory for a key.</source>
        <translation>No se pudo reservar memoria protegida para una clave.</translation>
    </message>
    <message>
        <source>Not enough memory to derive the key from the passphrase.</source>
        <translation>No hay memoria suficiente para derivar la clave de la frase de contraseña.</translation>
    </message>
    <message>
        <source>Invalid key for subkey derivation.</source>
        <translation>Clave no válida para derivar una subclave.</translation>
    </message>
    <message>
        <source>Could not derive a subkey.</source>
        <translation>No se pudo derivar una subclave.</translation>
    </message>
    <message>
        <source>The cryptography self-test failed (%1). LER Wallet cannot run safely on this computer.</source>
        <translation>Falló la autoprueba criptográfica (%1). LER Wallet no puede funcionar de forma segura en esta computadora.</translation>
    </message>
    <message>
        <source>The public key is not in a PEM form we can read.</source>
        <translation>La clave pública no está en un formato PEM que podamos leer.</translation>
    </message>
    <message>
        <source>The public key uses an elliptic curve we do not support.</source>
        <translation>La clave pública usa una curva elíptica que no admitimos.</translation>
    </message>
    <message>
        <source>The public key is of a type we do not support.</source>
        <translation>La clave pública es de un tipo que no admitimos.</translation>
    </message>
    <message>
        <source>The public key text is too long.</source>
        <translation>El texto de la clave pública es demasiado largo.</translation>
    </message>
    <message>
        <source>The PEM text holds something other than a public key.</source>
        <translation>El texto PEM contiene algo que no es una clave pública.</translation>
    </message>
    <message>
        <source>The passphrase needs at least %1 characters.</source>
        <translation>La frase de contraseña necesita al menos %1 caracteres.</translation>
    </message>
    <message>
        <source>This passphrase is easy to guess: it is mostly a common word or a password many people use. Add a few unrelated words.</source>
        <translation>Esta frase de contraseña es fácil de adivinar: es casi toda una palabra común o una contraseña que usan muchas personas. Agregue algunas palabras sin relación entre sí.</translation>
    </message>
    <message>
        <source>This passphrase is easy to guess: it follows a row of keys on the keyboard. Use a few unrelated words instead.</source>
        <translation>Esta frase de contraseña es fácil de adivinar: sigue una fila de teclas del teclado. Use en su lugar algunas palabras sin relación entre sí.</translation>
    </message>
    <message>
        <source>This passphrase is easy to guess: it is mostly a sequence such as abcd or 1234. Use a few unrelated words instead.</source>
        <translation>Esta frase de contraseña es fácil de adivinar: es casi toda una secuencia como abcd o 1234. Use en su lugar algunas palabras sin relación entre sí.</translation>
    </message>
    <message>
        <source>This passphrase is easy to guess: it repeats the same characters or words. Use a few unrelated words instead.</source>
        <translation>Esta frase de contraseña es fácil de adivinar: repite los mismos caracteres o palabras. Use en su lugar algunas palabras sin relación entre sí.</translation>
    </message>
    <message>
        <source>This passphrase is easy to guess: it is mostly a date or a year. Add a few unrelated words.</source>
        <translation>Esta frase de contraseña es fácil de adivinar: es casi toda una fecha o un año. Agregue algunas palabras sin relación entre sí.</translation>
    </message>
    <message>
        <source>This passphrase is too easy to guess. Make it longer, for example with a few unrelated words.</source>
        <translation>Esta frase de contraseña es demasiado fácil de adivinar. Hágala más larga, por ejemplo con algunas palabras sin relación entre sí.</translation>
    </message>
    <message>
        <source>The wallet&apos;s signing key is unusable.</source>
        <translation>La clave de firma de la billetera no se puede usar.</translation>
    </message>
    <message>
        <source>seal: bad key</source>
        <translation>seal: clave no válida</translation>
    </message>
    <message>
        <source>open: out of secure memory</source>
        <translation>open: no queda memoria protegida</translation>
    </message>
    <message>
        <source>JWK: member &quot;%1&quot; is missing or not a string</source>
        <translation>JWK: falta el miembro &quot;%1&quot; o no es texto</translation>
    </message>
    <message>
        <source>JWK: EC curve &quot;%1&quot; is not supported</source>
        <translation>JWK: la curva EC &quot;%1&quot; no se admite</translation>
    </message>
    <message>
        <source>JWK: OKP curve &quot;%1&quot; is not supported</source>
        <translation>JWK: la curva OKP &quot;%1&quot; no se admite</translation>
    </message>
    <message>
        <source>algorithm %1 cannot be used with a %2 key</source>
        <translation>el algoritmo %1 no se puede usar con una clave %2</translation>
    </message>
    <message>
        <source>unsigned tokens (alg &quot;none&quot;) are never accepted</source>
        <translation>los tokens sin firma (alg &quot;none&quot;) nunca se aceptan</translation>
    </message>
    <message>
        <source>signature algorithm &quot;%1&quot; is not supported</source>
        <translation>el algoritmo de firma &quot;%1&quot; no se admite</translation>
    </message>
    <message>
        <source>%1 is not an elliptic curve for ECDSA</source>
        <translation>%1 no es una curva elíptica para ECDSA</translation>
    </message>
    <message>
        <source>%1 coordinates must be %2 bytes each</source>
        <translation>las coordenadas de %1 deben tener %2 bytes cada una</translation>
    </message>
    <message>
        <source>RSA keys must have %1 to %2 bits</source>
        <translation>las claves RSA deben tener de %1 a %2 bits</translation>
    </message>
    <message>
        <source>the RSA public exponent is not valid</source>
        <translation>el exponente público RSA no es válido</translation>
    </message>
    <message>
        <source>JWK: a public key was expected but private member &quot;%1&quot; is present</source>
        <translation>JWK: se esperaba una clave pública, pero contiene el miembro privado &quot;%1&quot;</translation>
    </message>
    <message>
        <source>JWK: key type &quot;%1&quot; is not supported</source>
        <translation>JWK: el tipo de clave &quot;%1&quot; no se admite</translation>
    </message>
    <message>
        <source>key type %1 is not supported for signatures</source>
        <translation>el tipo de clave %1 no se admite para firmas</translation>
    </message>
    <message>
        <source>no public key to verify with</source>
        <translation>no hay ninguna clave pública con la que verificar</translation>
    </message>
    <message>
        <source>secretstream: bad header</source>
        <translation>secretstream: cabecera no válida</translation>
    </message>
    <message>
        <source>secretstream: message after the final one</source>
        <translation>secretstream: mensaje después del último</translation>
    </message>
    <message>
        <source>secretstream: message too short</source>
        <translation>secretstream: mensaje demasiado corto</translation>
    </message>
    <message>
        <source>secretstream: message does not authenticate</source>
        <translation>secretstream: el mensaje no supera la autenticación</translation>
    </message>
    <message>
        <source>OpenSSL: %1 failed</source>
        <translation>OpenSSL: falló %1</translation>
    </message>
    <message>
        <source>signature does not verify</source>
        <translation>la firma no supera la verificación</translation>
    </message>
    <message>
        <source>the %1 public key is not usable</source>
        <translation>la clave pública %1 no se puede usar</translation>
    </message>
    <message>
        <source>libsodium could not be initialised</source>
        <translation>no se pudo inicializar libsodium</translation>
    </message>
    <message>
        <source>an Ed25519 signature must be 64 bytes</source>
        <translation>una firma Ed25519 debe tener 64 bytes</translation>
    </message>
    <message>
        <source>an ECDSA %1 signature must be %2 bytes (r||s)</source>
        <translation>una firma ECDSA %1 debe tener %2 bytes (r||s)</translation>
    </message>
    <message>
        <source>an RSA signature must be as long as the modulus</source>
        <translation>una firma RSA debe tener la misma longitud que el módulo</translation>
    </message>
    <message>
        <source>not a SEC 1 %1 point</source>
        <translation>no es un punto SEC 1 de %1</translation>
    </message>
    <message>
        <source>the point is not on %1</source>
        <translation>el punto no está en %1</translation>
    </message>
    <message>
        <source>not a valid Ed25519 public key</source>
        <translation>no es una clave pública Ed25519 válida</translation>
    </message>
    <message>
        <source>an Ed25519 public key must be 32 bytes</source>
        <translation>una clave pública Ed25519 debe tener 32 bytes</translation>
    </message>
    <message>
        <source>the Ed25519 key has no X25519 equivalent</source>
        <translation>la clave Ed25519 no tiene equivalente X25519</translation>
    </message>
    <message>
        <source>JWK: member &quot;%1&quot; is not valid base64url</source>
        <translation>JWK: el miembro &quot;%1&quot; no es base64url válido</translation>
    </message>
    <message>
        <source>RSA public key DER: unexpected tag</source>
        <translation>DER de la clave pública RSA: etiqueta inesperada</translation>
    </message>
    <message>
        <source>RSA public key DER: unsupported length</source>
        <translation>DER de la clave pública RSA: longitud no admitida</translation>
    </message>
    <message>
        <source>RSA public key DER: length not minimally encoded</source>
        <translation>DER de la clave pública RSA: la longitud no tiene la codificación mínima</translation>
    </message>
    <message>
        <source>RSA public key DER: truncated</source>
        <translation>DER de la clave pública RSA: datos incompletos</translation>
    </message>
    <message>
        <source>RSA public key DER: integer is empty or negative</source>
        <translation>DER de la clave pública RSA: el entero está vacío o es negativo</translation>
    </message>
    <message>
        <source>RSA public key DER: integer not minimally encoded</source>
        <translation>DER de la clave pública RSA: el entero no tiene la codificación mínima</translation>
    </message>
    <message>
        <source>RSA public key DER: trailing bytes</source>
        <translation>DER de la clave pública RSA: bytes sobrantes al final</translation>
    </message>
    <message>
        <source>RSA public key DER: trailing bytes in the sequence</source>
        <translation>DER de la clave pública RSA: bytes sobrantes al final de la secuencia</translation>
    </message>
    <message>
        <source>secretstream: no secure memory</source>
        <translation>secretstream: no hay memoria protegida</translation>
    </message>
    <message>
        <source>secretstream: bad key</source>
        <translation>secretstream: clave no válida</translation>
    </message>
    <message>
        <source>secretstream: init_push failed</source>
        <translation>secretstream: falló init_push</translation>
    </message>
    <message>
        <source>secretstream: not started</source>
        <translation>secretstream: no se ha iniciado</translation>
    </message>
    <message>
        <source>secretstream: push failed</source>
        <translation>secretstream: falló push</translation>
    </message>
    <message>
        <source>secretstream: bad key or header</source>
        <translation>secretstream: clave o cabecera no válida</translation>
    </message>
    <message>
        <source>secretstream: unexpected plaintext size</source>
        <translation>secretstream: tamaño inesperado del texto sin cifrar</translation>
    </message>
</context>
<context>
    <name>ler::did</name>
    <message>
        <source>verification method type &quot;%1&quot; is not supported</source>
        <translation>el tipo de método de verificación &quot;%1&quot; no se admite</translation>
    </message>
    <message>
        <source>the DID document defines verification method %1 twice</source>
        <translation>el documento DID define dos veces el método de verificación %1</translation>
    </message>
    <message>
        <source>verification method %1 is not in the DID document</source>
        <translation>el método de verificación %1 no está en el documento DID</translation>
    </message>
    <message>
        <source>a verification method must carry exactly one public key property</source>
        <translation>un método de verificación debe contener exactamente una propiedad de clave pública</translation>
    </message>
    <message>
        <source>verification method type &quot;%1&quot; with publicKeyMultibase</source>
        <translation>tipo de método de verificación &quot;%1&quot; con publicKeyMultibase</translation>
    </message>
    <message>
        <source>verification method type &quot;%1&quot; with publicKeyJwk</source>
        <translation>tipo de método de verificación &quot;%1&quot; con publicKeyJwk</translation>
    </message>
    <message>
        <source>verification method %1 is not authorised for %2</source>
        <translation>el método de verificación %1 no está autorizado para %2</translation>
    </message>
    <message>
        <source>did:web must be fetched over the network</source>
        <translation>did:web debe descargarse por la red</translation>
    </message>
    <message>
        <source>DID method &quot;%1&quot; is not supported</source>
        <translation>el método DID &quot;%1&quot; no se admite</translation>
    </message>
    <message>
        <source>not a did:jwk</source>
        <translation>no es un did:jwk</translation>
    </message>
    <message>
        <source>did:jwk longer than %1 characters</source>
        <translation>did:jwk de más de %1 caracteres</translation>
    </message>
    <message>
        <source>did:jwk: the identifier is not base64url</source>
        <translation>did:jwk: el identificador no es base64url</translation>
    </message>
    <message>
        <source>did:jwk: the identifier is not a JSON object</source>
        <translation>did:jwk: el identificador no es un objeto JSON</translation>
    </message>
    <message>
        <source>did:jwk: the JWK has no &quot;kty&quot;</source>
        <translation>did:jwk: el JWK no tiene &quot;kty&quot;</translation>
    </message>
    <message>
        <source>did:jwk: the JWK holds private key material</source>
        <translation>did:jwk: el JWK contiene material de clave privada</translation>
    </message>
    <message>
        <source>not a did:key</source>
        <translation>no es un did:key</translation>
    </message>
    <message>
        <source>did:key longer than %1 characters</source>
        <translation>did:key de más de %1 caracteres</translation>
    </message>
    <message>
        <source>did:key: expected a bare DID, without version, path, query or fragment</source>
        <translation>did:key: se esperaba un DID simple, sin versión, ruta, consulta ni fragmento</translation>
    </message>
    <message>
        <source>did:key: the key must be multibase base58btc (&apos;z&apos;)</source>
        <translation>did:key: la clave debe estar en multibase base58btc (&apos;z&apos;)</translation>
    </message>
    <message>
        <source>did:key: the key is not in its canonical (compressed) encoding</source>
        <translation>did:key: la clave no está en su codificación canónica (comprimida)</translation>
    </message>
    <message>
        <source>did:web: &quot;%1&quot; is not a host name</source>
        <translation>did:web: &quot;%1&quot; no es un nombre de host</translation>
    </message>
    <message>
        <source>did:web: &quot;%1&quot; is an IP address; a did:web must name a domain</source>
        <translation>did:web: &quot;%1&quot; es una dirección IP; un did:web debe indicar un dominio</translation>
    </message>
    <message>
        <source>did:web: &quot;%1&quot; is not a valid port</source>
        <translation>did:web: &quot;%1&quot; no es un puerto válido</translation>
    </message>
    <message>
        <source>not a did:web</source>
        <translation>no es un did:web</translation>
    </message>
    <message>
        <source>did:web longer than %1 characters</source>
        <translation>did:web de más de %1 caracteres</translation>
    </message>
    <message>
        <source>did:web: path segment %1 is empty or has characters not allowed</source>
        <translation>did:web: el segmento de ruta %1 está vacío o tiene caracteres no permitidos</translation>
    </message>
    <message>
        <source>did:web: does not form a valid URL</source>
        <translation>did:web: no forma una URL válida</translation>
    </message>
</context>
<context>
    <name>ler::export</name>
    <message>
        <source>a schema needs an absolute URI</source>
        <translation>un esquema necesita un URI absoluto</translation>
    </message>
    <message>
        <source>cannot read the schema %1</source>
        <translation>no se puede leer el esquema %1</translation>
    </message>
    <message>
        <source>the schema %1 is not a JSON object: %2</source>
        <translation>el esquema %1 no es un objeto JSON: %2</translation>
    </message>
    <message>
        <source>no schema files in %1</source>
        <translation>no hay archivos de esquema en %1</translation>
    </message>
    <message>
        <source>not a JSON résumé format</source>
        <translation>no es un formato de currículum JSON</translation>
    </message>
</context>
<context>
    <name>ler::formats</name>
    <message>
        <source>The badge data baked into the image is empty.</source>
        <translation>Los datos de la insignia incrustados en la imagen están vacíos.</translation>
    </message>
    <message>
        <source>Badge image (PNG)</source>
        <translation>Imagen de insignia (PNG)</translation>
    </message>
    <message>
        <source>This PNG image has no badge baked into it (no openbadges or openbadgecredential text chunk).</source>
        <translation>Esta imagen PNG no tiene ninguna insignia incrustada (no hay bloque de texto openbadges ni openbadgecredential).</translation>
    </message>
    <message>
        <source>Badge image (SVG)</source>
        <translation>Imagen de insignia (SVG)</translation>
    </message>
    <message>
        <source>The XML file is not an SVG image.</source>
        <translation>El archivo XML no es una imagen SVG.</translation>
    </message>
    <message>
        <source>This SVG image has no badge baked into it (no openbadges:assertion or openbadges:credential element).</source>
        <translation>Esta imagen SVG no tiene ninguna insignia incrustada (no hay elemento openbadges:assertion ni openbadges:credential).</translation>
    </message>
    <message>
        <source>Credential %1 inside the learner record could not be read: %2</source>
        <translation>No se pudo leer la credencial %1 dentro del registro del estudiante: %2</translation>
    </message>
    <message>
        <source>It is neither a JSON object nor a token.</source>
        <translation>No es ni un objeto JSON ni un token.</translation>
    </message>
    <message>
        <source>Comprehensive Learner Record 2.0</source>
        <translation>Registro integral del estudiante (CLR) 2.0</translation>
    </message>
    <message>
        <source>The credential is not a Comprehensive Learner Record (its type is not ClrCredential).</source>
        <translation>La credencial no es un registro integral del estudiante (su tipo no es ClrCredential).</translation>
    </message>
    <message>
        <source>The learner record&apos;s verifiableCredential must be a list.</source>
        <translation>El campo verifiableCredential del registro del estudiante debe ser una lista.</translation>
    </message>
    <message>
        <source>The learner record holds %1 credentials; at most %2 can be imported at once.</source>
        <translation>El registro del estudiante contiene %1 credenciales; se pueden importar como máximo %2 a la vez.</translation>
    </message>
    <message>
        <source>The token&apos;s header is not a JSON object.</source>
        <translation>La cabecera del token no es un objeto JSON.</translation>
    </message>
    <message>
        <source>The token&apos;s payload is not a JSON object.</source>
        <translation>El contenido del token no es un objeto JSON.</translation>
    </message>
    <message>
        <source>The text is not a compact JSON Web Token (three parts separated by dots).</source>
        <translation>El texto no es un JSON Web Token compacto (tres partes separadas por puntos).</translation>
    </message>
    <message>
        <source>The token has more than %1 disclosures.</source>
        <translation>El token tiene más de %1 divulgaciones.</translation>
    </message>
    <message>
        <source>The token has an empty header or payload.</source>
        <translation>El token tiene la cabecera o el contenido vacíos.</translation>
    </message>
    <message>
        <source>This file is not in a format LER Wallet can import. Supported formats: %1.</source>
        <translation>Este archivo no está en un formato que LER Wallet pueda importar. Formatos admitidos: %1.</translation>
    </message>
    <message>
        <source>The file could not be opened for reading.</source>
        <translation>No se pudo abrir el archivo para leerlo.</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>No se pudo leer el archivo.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>El archivo está vacío.</translation>
    </message>
    <message>
        <source>The file is too large to import (%1 MB); the limit is %2 MB.</source>
        <translation>El archivo es demasiado grande para importarlo (%1 MB); el límite es %2 MB.</translation>
    </message>
    <message>
        <source>The JSON data is nested too deeply (more than %1 levels) to be a credential.</source>
        <translation>Los datos JSON están anidados a demasiada profundidad (más de %1 niveles) para ser una credencial.</translation>
    </message>
    <message>
        <source>The JSON data is empty.</source>
        <translation>Los datos JSON están vacíos.</translation>
    </message>
    <message>
        <source>The JSON data ends too early; the file may be cut off.</source>
        <translation>Los datos JSON terminan antes de tiempo; puede que el archivo esté cortado.</translation>
    </message>
    <message>
        <source>The data is not valid JSON (error near character %1).</source>
        <translation>Los datos no son JSON válido (error cerca del carácter %1).</translation>
    </message>
    <message>
        <source>The JSON data must be an object ({...}) but is not.</source>
        <translation>Los datos JSON deben ser un objeto ({...}) y no lo son.</translation>
    </message>
    <message>
        <source>A part of the token is not valid base64url text.</source>
        <translation>Una parte del token no es texto base64url válido.</translation>
    </message>
    <message>
        <source>Open Badges 2.0</source>
        <translation>Open Badges 2.0</translation>
    </message>
    <message>
        <source>The badge refers to its data with an address that is not a web address.</source>
        <translation>La insignia remite a sus datos con una dirección que no es una dirección web.</translation>
    </message>
    <message>
        <source>The badge holds only a web address for its data, and downloading is turned off, so it cannot be imported offline.</source>
        <translation>La insignia solo contiene una dirección web para sus datos y las descargas están desactivadas, así que no se puede importar sin conexión.</translation>
    </message>
    <message>
        <source>The badge&apos;s %1 must be a web address or an object, but it is not.</source>
        <translation>El campo %1 de la insignia debe ser una dirección web o un objeto, y no lo es.</translation>
    </message>
    <message>
        <source>This Open Badges file describes a badge or an issuer, not a badge awarded to someone (an Assertion).</source>
        <translation>Este archivo de Open Badges describe una insignia o un emisor, no una insignia otorgada a alguien (una Assertion).</translation>
    </message>
    <message>
        <source>The badge&apos;s id must be text.</source>
        <translation>El id de la insignia debe ser texto.</translation>
    </message>
    <message>
        <source>The badge names no recipient.</source>
        <translation>La insignia no indica ningún destinatario.</translation>
    </message>
    <message>
        <source>The badge&apos;s issuedOn must be a date.</source>
        <translation>El campo issuedOn de la insignia debe ser una fecha.</translation>
    </message>
    <message>
        <source>The badge assertion names no badge.</source>
        <translation>La asignación de la insignia no indica ninguna insignia.</translation>
    </message>
    <message>
        <source>Open Badges 3.0</source>
        <translation>Open Badges 3.0</translation>
    </message>
    <message>
        <source>The credential is not an Open Badges 3.0 credential (its type is not OpenBadgeCredential).</source>
        <translation>La credencial no es una credencial de Open Badges 3.0 (su tipo no es OpenBadgeCredential).</translation>
    </message>
    <message>
        <source>PESC College Transcript</source>
        <translation>Certificado de estudios universitarios PESC</translation>
    </message>
    <message>
        <source>PESC High School Transcript</source>
        <translation>Certificado de estudios de secundaria PESC</translation>
    </message>
    <message>
        <source>The XML file is not a %1.</source>
        <translation>El archivo XML no es un %1.</translation>
    </message>
    <message>
        <source>The PNG image is damaged or cut off.</source>
        <translation>La imagen PNG está dañada o cortada.</translation>
    </message>
    <message>
        <source>A text chunk in the PNG image is malformed.</source>
        <translation>Un bloque de texto de la imagen PNG está mal formado.</translation>
    </message>
    <message>
        <source>The file is not a PNG image.</source>
        <translation>El archivo no es una imagen PNG.</translation>
    </message>
    <message>
        <source>The PNG image is damaged: a chunk&apos;s checksum does not match its content.</source>
        <translation>La imagen PNG está dañada: la suma de comprobación de un bloque no coincide con su contenido.</translation>
    </message>
    <message>
        <source>The PNG image has too many text chunks.</source>
        <translation>La imagen PNG tiene demasiados bloques de texto.</translation>
    </message>
    <message>
        <source>Decompression failed.</source>
        <translation>Falló la descompresión.</translation>
    </message>
    <message>
        <source>Compressed text in the image unpacks to more than %1 MB.</source>
        <translation>El texto comprimido de la imagen ocupa más de %1 MB al descomprimirse.</translation>
    </message>
    <message>
        <source>SD-JWT Verifiable Credential</source>
        <translation>Credencial verificable SD-JWT</translation>
    </message>
    <message>
        <source>The credential&apos;s issuer must be a web address or an object with an id, but it is not.</source>
        <translation>El emisor de la credencial debe ser una dirección web o un objeto con id, y no lo es.</translation>
    </message>
    <message>
        <source>Line %1 of the CSV file: %2</source>
        <translation>Línea %1 del archivo CSV: %2</translation>
    </message>
    <message>
        <source>Self-asserted entries (CSV)</source>
        <translation>Entradas declaradas por usted (CSV)</translation>
    </message>
    <message>
        <source>The CSV file has more than %1 rows.</source>
        <translation>El archivo CSV tiene más de %1 filas.</translation>
    </message>
    <message>
        <source>The CSV file ends inside a quoted field; a closing quote is missing.</source>
        <translation>El archivo CSV termina dentro de un campo entre comillas; falta cerrar las comillas.</translation>
    </message>
    <message>
        <source>The CSV file is not UTF-8 text.</source>
        <translation>El archivo CSV no es texto UTF-8.</translation>
    </message>
    <message>
        <source>The CSV file has no header row.</source>
        <translation>El archivo CSV no tiene fila de encabezado.</translation>
    </message>
    <message>
        <source>The CSV header has a column that is not one of: %1. The first row must be the header.</source>
        <translation>El encabezado del CSV tiene una columna que no es ninguna de estas: %1. La primera fila debe ser el encabezado.</translation>
    </message>
    <message>
        <source>The CSV header names the column %1 twice.</source>
        <translation>El encabezado del CSV nombra dos veces la columna %1.</translation>
    </message>
    <message>
        <source>The CSV header must have at least the columns kind and title.</source>
        <translation>El encabezado del CSV debe tener al menos las columnas kind y title.</translation>
    </message>
    <message>
        <source>The CSV file has a header but no entries.</source>
        <translation>El archivo CSV tiene encabezado pero ninguna entrada.</translation>
    </message>
    <message>
        <source>The entry needs a title.</source>
        <translation>La entrada necesita un título.</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>La fecha de fin es anterior a la de inicio.</translation>
    </message>
    <message>
        <source>The link must be a web address starting with https:// or http://.</source>
        <translation>El enlace debe ser una dirección web que empiece por https:// o http://.</translation>
    </message>
    <message>
        <source>The credential&apos;s issuer has no id (a web address or DID).</source>
        <translation>El emisor de la credencial no tiene id (una dirección web o un DID).</translation>
    </message>
    <message>
        <source>The credential has no type.</source>
        <translation>La credencial no tiene tipo.</translation>
    </message>
    <message>
        <source>The credential&apos;s id must be text.</source>
        <translation>El id de la credencial debe ser texto.</translation>
    </message>
    <message>
        <source>The credential names no issuer.</source>
        <translation>La credencial no indica ningún emisor.</translation>
    </message>
    <message>
        <source>The credential&apos;s %1 must be text.</source>
        <translation>El campo %1 de la credencial debe ser texto.</translation>
    </message>
    <message>
        <source>The credential has no credentialSubject.</source>
        <translation>La credencial no tiene credentialSubject.</translation>
    </message>
    <message>
        <source>The credential subject&apos;s identifier must be a list of objects.</source>
        <translation>El identificador del sujeto de la credencial debe ser una lista de objetos.</translation>
    </message>
    <message>
        <source>The credential subject&apos;s achievement must be an object.</source>
        <translation>El logro del sujeto de la credencial debe ser un objeto.</translation>
    </message>
    <message>
        <source>W3C Verifiable Credential</source>
        <translation>Credencial verificable del W3C</translation>
    </message>
    <message>
        <source>The XML file declares a document type (DTD). Such files are refused because a DTD can define harmful entities.</source>
        <translation>El archivo XML declara un tipo de documento (DTD). Estos archivos se rechazan porque una DTD puede definir entidades dañinas.</translation>
    </message>
    <message>
        <source>The XML file uses entity references, which are refused.</source>
        <translation>El archivo XML usa referencias a entidades, que se rechazan.</translation>
    </message>
    <message>
        <source>The XML elements are nested too deeply (more than %1 levels).</source>
        <translation>Los elementos XML están anidados a demasiada profundidad (más de %1 niveles).</translation>
    </message>
    <message>
        <source>The XML data ends too early; the file may be cut off.</source>
        <translation>Los datos XML terminan antes de tiempo; puede que el archivo esté cortado.</translation>
    </message>
    <message>
        <source>The file is not well-formed XML (problem on line %1).</source>
        <translation>El archivo no es XML bien formado (problema en la línea %1).</translation>
    </message>
    <message>
        <source>The badge text in this SVG image is larger than %1 MB.</source>
        <translation>El texto de la insignia en esta imagen SVG ocupa más de %1 MB.</translation>
    </message>
    <message>
        <source>The token is longer than %1 MB.</source>
        <translation>El token ocupa más de %1 MB.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>La carpeta %1 no existe.</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 no es una carpeta.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be read.</source>
        <translation>No se puede leer la carpeta %1.</translation>
    </message>
    <message>
        <source>The folder %1 holds more than %2 files that may be credentials. Import its folders one at a time.</source>
        <translation>La carpeta %1 contiene más de %2 archivos que pueden ser credenciales. Importe sus carpetas de una en una.</translation>
    </message>
    <message>
        <source>The JSON data gives the same name twice in one object (near character %1), so it could be read two ways. It is not accepted.</source>
        <translation>Los datos JSON repiten el mismo nombre en un objeto (cerca del carácter %1), por lo que podrían leerse de dos maneras. No se aceptan.</translation>
    </message>
    <message>
        <source>A part of the token is too long to decode.</source>
        <translation>Una parte del token es demasiado larga para decodificarla.</translation>
    </message>
    <message>
        <source>The transcript lists more than %1 courses.</source>
        <translation>El certificado de estudios incluye más de %1 cursos.</translation>
    </message>
    <message>
        <source>The badge text in this PNG image unpacks to more than %1 MB.</source>
        <translation>El texto de la insignia en esta imagen PNG ocupa más de %1 MB al descomprimirse.</translation>
    </message>
    <message>
        <source>The disclosed claims of the SD-JWT cannot be read: %1</source>
        <translation>No se pueden leer los datos divulgados del SD-JWT: %1</translation>
    </message>
    <message>
        <source>This is a presentation, not a credential: open it to check it instead of importing it.</source>
        <translation>Esto es una presentación, no una credencial: ábrala para comprobarla en lugar de importarla.</translation>
    </message>
    <message>
        <source>An Open Badges 3.0 credential has one subject (credentialSubject), but this one has several.</source>
        <translation>Una credencial de Open Badges 3.0 tiene un solo sujeto (credentialSubject), pero esta tiene varios.</translation>
    </message>
    <message>
        <source>There is no file or folder with this name.</source>
        <translation>No hay ningún archivo ni carpeta con este nombre.</translation>
    </message>
    <message>
        <source>No payload parser for baked badges.</source>
        <translation>No hay ningún lector del contenido de las insignias incrustadas.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Unknown preferred format for a baked badge.</source>
        <translation>Formato preferido desconocido para una insignia incrustada.</translation>
    </message>
    <message>
        <source>Line %1 of the CSV file: text follows a closing quote; quotes inside a quoted field must be doubled.</source>
        <translation>Línea %1 del archivo CSV: hay texto después de unas comillas de cierre; las comillas dentro de un campo entre comillas deben ir dobles.</translation>
    </message>
    <message>
        <source>Line %1 of the CSV file has more fields than the header.</source>
        <translation>La línea %1 del archivo CSV tiene más campos que el encabezado.</translation>
    </message>
    <message>
        <source>Line %1 of the CSV file: the kind must be one of: %2.</source>
        <translation>Línea %1 del archivo CSV: el tipo (kind) debe ser uno de: %2.</translation>
    </message>
    <message>
        <source>Line %1 of the CSV file: a date is not written like 2024-05-31, 2024-05 or 2024.</source>
        <translation>Línea %1 del archivo CSV: una fecha no está escrita como 2024-05-31, 2024-05 o 2024.</translation>
    </message>
    <message>
        <source>This image holds more than one badge, so it could be read as either. It is not accepted.</source>
        <translation>Esta imagen contiene más de una insignia, así que podría leerse como cualquiera de ellas. No se acepta.</translation>
    </message>
</context>
<context>
    <name>ler::jose</name>
    <message>
        <source>SD-JWT: _sd_alg &quot;%1&quot; is not supported</source>
        <translation>SD-JWT: _sd_alg &quot;%1&quot; no se admite</translation>
    </message>
    <message>
        <source>JWS: &quot;crit&quot; must be a non-empty array</source>
        <translation>JWS: &quot;crit&quot; debe ser una matriz no vacía</translation>
    </message>
    <message>
        <source>JWS: &quot;crit&quot; lists an invalid entry</source>
        <translation>JWS: &quot;crit&quot; contiene una entrada no válida</translation>
    </message>
    <message>
        <source>JWS: critical header &quot;%1&quot; is not understood</source>
        <translation>JWS: no se entiende la cabecera crítica &quot;%1&quot;</translation>
    </message>
    <message>
        <source>JWS payload</source>
        <translation>El contenido del JWS</translation>
    </message>
    <message>
        <source>JWS header</source>
        <translation>La cabecera del JWS</translation>
    </message>
    <message>
        <source>JWS: the header has no &quot;alg&quot;</source>
        <translation>JWS: la cabecera no tiene &quot;alg&quot;</translation>
    </message>
    <message>
        <source>JWS: unsigned tokens (alg &quot;none&quot;) are never accepted</source>
        <translation>JWS: los tokens sin firma (alg &quot;none&quot;) nunca se aceptan</translation>
    </message>
    <message>
        <source>JWS: the signature is empty</source>
        <translation>JWS: la firma está vacía</translation>
    </message>
    <message>
        <source>JWS: longer than %1 bytes</source>
        <translation>JWS: más de %1 bytes</translation>
    </message>
    <message>
        <source>JWS: expected three dot-separated parts</source>
        <translation>JWS: se esperaban tres partes separadas por puntos</translation>
    </message>
    <message>
        <source>JWS: the header must name &quot;alg&quot;</source>
        <translation>JWS: la cabecera debe indicar &quot;alg&quot;</translation>
    </message>
    <message>
        <source>JWS: no signer given</source>
        <translation>JWS: no se indicó ningún firmante</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2 at offset %3</source>
        <translation>%1 no es JSON válido: %2 en la posición %3</translation>
    </message>
    <message>
        <source>a name given twice</source>
        <translation>un nombre repetido</translation>
    </message>
    <message>
        <source>too deep, or a character or escape JSON does not allow</source>
        <translation>demasiado anidado, o un carácter o escape que JSON no permite</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2</source>
        <translation>%1 no es JSON válido: %2</translation>
    </message>
    <message>
        <source>%1 is not a JSON object</source>
        <translation>%1 no es un objeto JSON</translation>
    </message>
    <message>
        <source>SD-JWT: longer than %1 bytes</source>
        <translation>SD-JWT: más de %1 bytes</translation>
    </message>
    <message>
        <source>SD-JWT: claims nested too deeply</source>
        <translation>SD-JWT: datos anidados a demasiada profundidad</translation>
    </message>
    <message>
        <source>SD-JWT disclosure: not valid base64url</source>
        <translation>Divulgación SD-JWT: no es base64url válido</translation>
    </message>
    <message>
        <source>SD-JWT disclosure: not strict JSON (too deep, a name given twice, or an escape or character JSON does not allow)</source>
        <translation>Divulgación SD-JWT: no es JSON estricto (demasiado anidado, un nombre repetido, o un escape o carácter que JSON no permite)</translation>
    </message>
    <message>
        <source>SD-JWT disclosure: not a JSON array</source>
        <translation>Divulgación SD-JWT: no es una matriz JSON</translation>
    </message>
    <message>
        <source>SD-JWT disclosure: must have 2 or 3 elements, has %1</source>
        <translation>Divulgación SD-JWT: debe tener 2 o 3 elementos y tiene %1</translation>
    </message>
    <message>
        <source>SD-JWT disclosure: the salt is not a string</source>
        <translation>Divulgación SD-JWT: la sal (salt) no es texto</translation>
    </message>
    <message>
        <source>SD-JWT disclosure: the claim name is not a string</source>
        <translation>Divulgación SD-JWT: el nombre del dato no es texto</translation>
    </message>
    <message>
        <source>The JWS header is not valid base64url.</source>
        <translation>La cabecera del JWS no es base64url válido.</translation>
    </message>
    <message>
        <source>The JWS payload is not valid base64url.</source>
        <translation>El contenido del JWS no es base64url válido.</translation>
    </message>
    <message>
        <source>The JWS signature is not valid base64url.</source>
        <translation>La firma del JWS no es base64url válido.</translation>
    </message>
    <message>
        <source>SD-JWT: empty disclosure</source>
        <translation>SD-JWT: divulgación vacía</translation>
    </message>
    <message>
        <source>SD-JWT: &quot;%1&quot; is not an array</source>
        <translation>SD-JWT: &quot;%1&quot; no es una matriz</translation>
    </message>
    <message>
        <source>SD-JWT: &quot;%1&quot; holds a non-string</source>
        <translation>SD-JWT: &quot;%1&quot; contiene un valor que no es texto</translation>
    </message>
    <message>
        <source>SD-JWT: JSON serialization lacks protected, payload or signature</source>
        <translation>SD-JWT: a la serialización JSON le falta protected, payload o signature</translation>
    </message>
    <message>
        <source>SD-JWT key binding: &quot;iat&quot; is missing or not a valid time</source>
        <translation>Vinculación de clave SD-JWT: falta &quot;iat&quot; o no es una hora válida</translation>
    </message>
    <message>
        <source>SD-JWT key binding: the KB-JWT is too old</source>
        <translation>Vinculación de clave SD-JWT: el KB-JWT es demasiado antiguo</translation>
    </message>
    <message>
        <source>SD-JWT key binding: the KB-JWT is issued in the future</source>
        <translation>Vinculación de clave SD-JWT: el KB-JWT tiene una fecha de emisión en el futuro</translation>
    </message>
    <message>
        <source>SD-JWT key binding: the SD-JWT has no cnf.jwk holder key</source>
        <translation>Vinculación de clave SD-JWT: el SD-JWT no tiene clave del titular (cnf.jwk)</translation>
    </message>
    <message>
        <source>SD-JWT key binding: the nonce does not match</source>
        <translation>Vinculación de clave SD-JWT: el desafío (nonce) no coincide</translation>
    </message>
    <message>
        <source>SD-JWT key binding: the audience does not match</source>
        <translation>Vinculación de clave SD-JWT: el destinatario (audience) no coincide</translation>
    </message>
    <message>
        <source>SD-JWT key binding: sd_hash does not match the presented SD-JWT</source>
        <translation>Vinculación de clave SD-JWT: sd_hash no coincide con el SD-JWT presentado</translation>
    </message>
    <message>
        <source>SD-JWT: a disclosure to reveal is not part of this SD-JWT</source>
        <translation>SD-JWT: una divulgación que se quiere revelar no forma parte de este SD-JWT</translation>
    </message>
    <message>
        <source>SD-JWT: no &apos;~&apos; separator: this is a plain JWT, not an SD-JWT</source>
        <translation>SD-JWT: no hay separador &apos;~&apos;: es un JWT simple, no un SD-JWT</translation>
    </message>
    <message>
        <source>The key binding JWT is not a valid JWS.</source>
        <translation>El JWT de vinculación de clave no es un JWS válido.</translation>
    </message>
    <message>
        <source>SD-JWT: the JSON serialization has no signature</source>
        <translation>SD-JWT: la serialización JSON no tiene firma</translation>
    </message>
    <message>
        <source>SD-JWT: &quot;kb_jwt&quot; is not a compact JWS</source>
        <translation>SD-JWT: &quot;kb_jwt&quot; no es un JWS compacto</translation>
    </message>
    <message>
        <source>SD-JWT key binding: a key binding JWT is required but missing</source>
        <translation>Vinculación de clave SD-JWT: se necesita un JWT de vinculación de clave, pero falta</translation>
    </message>
    <message>
        <source>SD-JWT key binding: the KB-JWT &quot;typ&quot; is not &quot;kb+jwt&quot;</source>
        <translation>Vinculación de clave SD-JWT: el &quot;typ&quot; del KB-JWT no es &quot;kb+jwt&quot;</translation>
    </message>
    <message>
        <source>The key binding signature was not accepted.</source>
        <translation>No se aceptó la firma de vinculación de clave.</translation>
    </message>
    <message>
        <source>The SD-JWT issuer signature was not accepted.</source>
        <translation>No se aceptó la firma del emisor del SD-JWT.</translation>
    </message>
    <message>
        <source>SD-JWT: the same disclosure is present twice</source>
        <translation>SD-JWT: la misma divulgación aparece dos veces</translation>
    </message>
    <message>
        <source>SD-JWT: %1 disclosure(s) are not referenced by any digest in the SD-JWT</source>
        <translation>SD-JWT: divulgaciones a las que no remite ningún resumen (digest) del SD-JWT: %1</translation>
    </message>
    <message>
        <source>SD-JWT: a digest is not a string</source>
        <translation>SD-JWT: un resumen (digest) no es texto</translation>
    </message>
    <message>
        <source>SD-JWT: a digest appears more than once</source>
        <translation>SD-JWT: un resumen (digest) aparece más de una vez</translation>
    </message>
    <message>
        <source>SD-JWT: &quot;_sd&quot; is not an array</source>
        <translation>SD-JWT: &quot;_sd&quot; no es una matriz</translation>
    </message>
    <message>
        <source>SD-JWT: an array-element disclosure is referenced from &quot;_sd&quot;</source>
        <translation>SD-JWT: se remite desde &quot;_sd&quot; a una divulgación de elemento de matriz</translation>
    </message>
    <message>
        <source>SD-JWT: a disclosure uses the reserved claim name &quot;%1&quot;</source>
        <translation>SD-JWT: una divulgación usa el nombre de dato reservado &quot;%1&quot;</translation>
    </message>
    <message>
        <source>SD-JWT: the claim &quot;%1&quot; must not be selectively disclosed</source>
        <translation>SD-JWT: el dato &quot;%1&quot; no se debe divulgar de forma selectiva</translation>
    </message>
    <message>
        <source>SD-JWT: disclosed claim &quot;%1&quot; would overwrite an existing claim</source>
        <translation>SD-JWT: el dato divulgado &quot;%1&quot; sobrescribiría un dato existente</translation>
    </message>
    <message>
        <source>SD-JWT: an object-property disclosure is referenced from an array element</source>
        <translation>SD-JWT: se remite desde un elemento de matriz a una divulgación de propiedad de objeto</translation>
    </message>
    <message>
        <source>SD-JWT: &quot;_sd_alg&quot; is not a string</source>
        <translation>SD-JWT: &quot;_sd_alg&quot; no es texto</translation>
    </message>
    <message>
        <source>The JSON holds a signed token&apos;s members (payload, protected, signatures) beside others, so it could be read as two different things. It is not accepted.</source>
        <translation>El JSON contiene los miembros de un token firmado (payload, protected, signatures) junto a otros, así que podría leerse como dos cosas distintas. No se acepta.</translation>
    </message>
</context>
<context>
    <name>ler::jsonld</name>
    <message>
        <source>cannot open bundled resource %1</source>
        <translation>no se puede abrir el recurso incluido %1</translation>
    </message>
    <message>
        <source>bundled resource %1 is not valid JSON: %2</source>
        <translation>el recurso incluido %1 no es JSON válido: %2</translation>
    </message>
    <message>
        <source>the context %1 is not bundled with the wallet and is never fetched from the network</source>
        <translation>el contexto %1 no viene incluido con la billetera y nunca se descarga de la red</translation>
    </message>
    <message>
        <source>contexts nested too deeply</source>
        <translation>contextos anidados a demasiada profundidad</translation>
    </message>
    <message>
        <source>the context has protected terms</source>
        <translation>el contexto tiene términos protegidos</translation>
    </message>
    <message>
        <source>a context must be an object, a string or null</source>
        <translation>un contexto debe ser un objeto, una cadena o null</translation>
    </message>
    <message>
        <source>cannot resolve the context %1</source>
        <translation>no se puede resolver el contexto %1</translation>
    </message>
    <message>
        <source>more than %1 nested remote contexts</source>
        <translation>más de %1 contextos remotos anidados</translation>
    </message>
    <message>
        <source>%1 has no @context</source>
        <translation>%1 no tiene @context</translation>
    </message>
    <message>
        <source>more than %1 remote context loads</source>
        <translation>más de %1 cargas de contextos remotos</translation>
    </message>
    <message>
        <source>@import needs JSON-LD 1.1</source>
        <translation>@import necesita JSON-LD 1.1</translation>
    </message>
    <message>
        <source>%1 has no @context object</source>
        <translation>%1 no tiene un objeto @context</translation>
    </message>
    <message>
        <source>an imported context must not use @import</source>
        <translation>un contexto importado no debe usar @import</translation>
    </message>
    <message>
        <source>relative @base without a base IRI</source>
        <translation>@base relativo sin IRI base</translation>
    </message>
    <message>
        <source>@direction needs JSON-LD 1.1</source>
        <translation>@direction necesita JSON-LD 1.1</translation>
    </message>
    <message>
        <source>@propagate needs JSON-LD 1.1</source>
        <translation>@propagate necesita JSON-LD 1.1</translation>
    </message>
    <message>
        <source>@version 1.1 in JSON-LD 1.0 mode</source>
        <translation>@version 1.1 en modo JSON-LD 1.0</translation>
    </message>
    <message>
        <source>the empty string is not a term</source>
        <translation>la cadena vacía no es un término</translation>
    </message>
    <message>
        <source>more than %1 term definitions</source>
        <translation>más de %1 definiciones de términos</translation>
    </message>
    <message>
        <source>term definitions depend on each other too deeply</source>
        <translation>las definiciones de términos dependen unas de otras con demasiada profundidad</translation>
    </message>
    <message>
        <source>@protected needs JSON-LD 1.1</source>
        <translation>@protected necesita JSON-LD 1.1</translation>
    </message>
    <message>
        <source>%1 does not expand to its @id</source>
        <translation>%1 no se expande a su @id</translation>
    </message>
    <message>
        <source>%1 has no IRI and there is no @vocab</source>
        <translation>%1 no tiene IRI y no hay @vocab</translation>
    </message>
    <message>
        <source>a @type container needs @id or @vocab</source>
        <translation>un contenedor @type necesita @id o @vocab</translation>
    </message>
    <message>
        <source>bad @index in %1</source>
        <translation>@index no válido en %1</translation>
    </message>
    <message>
        <source>scoped contexts need JSON-LD 1.1</source>
        <translation>los contextos con ámbito necesitan JSON-LD 1.1</translation>
    </message>
    <message>
        <source>@nest needs JSON-LD 1.1</source>
        <translation>@nest necesita JSON-LD 1.1</translation>
    </message>
    <message>
        <source>@prefix not allowed for %1</source>
        <translation>@prefix no está permitido para %1</translation>
    </message>
    <message>
        <source>a keyword alias cannot be a prefix</source>
        <translation>un alias de palabra clave no puede ser un prefijo</translation>
    </message>
    <message>
        <source>unknown entry %1</source>
        <translation>entrada desconocida %1</translation>
    </message>
    <message>
        <source>more than %1 levels</source>
        <translation>más de %1 niveles</translation>
    </message>
    <message>
        <source>unexpected %1</source>
        <translation>no se esperaba %1</translation>
    </message>
    <message>
        <source>@type with @language or @direction</source>
        <translation>@type con @language o @direction</translation>
    </message>
    <message>
        <source>a nested value cannot hold @value</source>
        <translation>un valor anidado no puede contener @value</translation>
    </message>
    <message>
        <source>a value object cannot take an index property</source>
        <translation>un objeto de valor no puede llevar una propiedad de índice</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>safe mode validation error: %1: %2</source>
        <translation>error de validación del modo seguro: %1: %2</translation>
    </message>
</context>
<context>
    <name>ler::media</name>
    <message>
        <source>page %1 of %2</source>
        <translation>página %1 de %2</translation>
    </message>
    <message>
        <source>page %1</source>
        <translation>página %1</translation>
    </message>
    <message>
        <source>This is not a PDF file.</source>
        <translation>Este no es un archivo PDF.</translation>
    </message>
    <message>
        <source>This PDF is locked with a password; open the PDF the wallet made.</source>
        <translation>Este PDF está protegido con contraseña; abra el PDF que creó la billetera.</translation>
    </message>
    <message>
        <source>This PDF could not be read.</source>
        <translation>No se pudo leer este PDF.</translation>
    </message>
    <message>
        <source>This PDF has %1 pages; a presentation PDF has at most %2.</source>
        <translation>Este PDF tiene %1 páginas; un PDF de presentación tiene como máximo %2.</translation>
    </message>
    <message>
        <source>No QR code could be read in this PDF.</source>
        <translation>No se pudo leer ningún código QR en este PDF.</translation>
    </message>
    <message>
        <source>%1 cannot be opened for reading.</source>
        <translation>No se puede abrir %1 para leerlo.</translation>
    </message>
    <message>
        <source>%1 is too large.</source>
        <translation>%1 es demasiado grande.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>VPQR: VerifierPlus reads it too</source>
        <translation>VPQR: también lo lee VerifierPlus</translation>
    </message>
    <message>
        <source>Signed text: LER Wallet reads it</source>
        <translation>Texto firmado: lo lee LER Wallet</translation>
    </message>
    <message>
        <source>Part %1 of %2: scan all parts with LER Wallet</source>
        <translation>Parte %1 de %2: escanee todas las partes con LER Wallet</translation>
    </message>
    <message>
        <source>%1 is a file; the QR codes go into a folder.</source>
        <translation>%1 es un archivo; los códigos QR se guardan en una carpeta.</translation>
    </message>
    <message>
        <source>%1 already holds QR codes (part-... files). Choose an empty folder.</source>
        <translation>%1 ya contiene códigos QR (archivos part-...). Elija una carpeta vacía.</translation>
    </message>
    <message>
        <source>Could not make the folder %1.</source>
        <translation>No se pudo crear la carpeta %1.</translation>
    </message>
    <message>
        <source>It has expired.</source>
        <translation>Ha caducado.</translation>
    </message>
    <message>
        <source>It is not valid yet.</source>
        <translation>Todavía no es válido.</translation>
    </message>
    <message>
        <source>Nothing ties its signing key to the issuer it names.</source>
        <translation>Nada vincula su clave de firma con el emisor que indica.</translation>
    </message>
    <message>
        <source>It carries no signature of its own, so it cannot be verified.</source>
        <translation>No lleva una firma propia, por lo que no se puede verificar.</translation>
    </message>
    <message>
        <source>Self-asserted: the holder states this; no issuer vouches for it.</source>
        <translation>Declarado por la persona: lo afirma el titular; ningún emisor lo respalda.</translation>
    </message>
    <message>
        <source>The holder&apos;s wallet verified it on %1.</source>
        <translation>La billetera del titular lo verificó el %1.</translation>
    </message>
    <message>
        <source>The holder&apos;s wallet could only partly verify it, on %1.</source>
        <translation>La billetera del titular solo pudo verificarlo en parte, el %1.</translation>
    </message>
    <message>
        <source>It did NOT pass verification when the holder&apos;s wallet checked it on %1.</source>
        <translation>NO superó la verificación cuando la billetera del titular lo comprobó el %1.</translation>
    </message>
    <message>
        <source>It carries nothing that can be verified.</source>
        <translation>No contiene nada que se pueda verificar.</translation>
    </message>
    <message>
        <source>The holder&apos;s wallet has not verified it.</source>
        <translation>La billetera del titular no lo ha verificado.</translation>
    </message>
    <message>
        <source>Shared whole, exactly as the issuer signed it.</source>
        <translation>Se comparte completo, tal como lo firmó el emisor.</translation>
    </message>
    <message>
        <source>Issued and signed by the holder&apos;s own wallet.</source>
        <translation>Emitido y firmado por la propia billetera del titular.</translation>
    </message>
    <message>
        <source>Only the issuer&apos;s fixed claims are shown; every optional claim stays hidden.</source>
        <translation>Solo se muestran los datos fijos del emisor; todos los datos opcionales permanecen ocultos.</translation>
    </message>
    <message>
        <source>Only these optional claims are shown: %1. The others stay hidden.</source>
        <translation>Solo se muestran estos datos opcionales: %1. Los demás permanecen ocultos.</translation>
    </message>
    <message>
        <source>Issued by %1</source>
        <translation>Emitido por %1</translation>
    </message>
    <message>
        <source>issued %1</source>
        <translation>emitido el %1</translation>
    </message>
    <message>
        <source>valid from %1</source>
        <translation>válido desde el %1</translation>
    </message>
    <message>
        <source>valid until %1</source>
        <translation>válido hasta el %1</translation>
    </message>
    <message>
        <source>It is in the QR code below.</source>
        <translation>Está en el código QR de abajo.</translation>
    </message>
    <message>
        <source>It is in QR code %1 of %2.</source>
        <translation>Está en el código QR %1 de %2.</translation>
    </message>
    <message>
        <source>It is in QR codes %1 to %2 of %3, read together.</source>
        <translation>Está en los códigos QR %1 a %2 de %3, leídos en conjunto.</translation>
    </message>
    <message>
        <source>Records shared from LER Wallet</source>
        <translation>Registros compartidos desde LER Wallet</translation>
    </message>
    <message>
        <source>Shared by</source>
        <translation>Compartido por</translation>
    </message>
    <message>
        <source>the wallet %1 (the holder)</source>
        <translation>la billetera %1 (el titular)</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>no recipient named</source>
        <translation>no se indicó ningún destinatario</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Válido hasta</translation>
    </message>
    <message>
        <source>no end set by the holder (the checker&apos;s own age limit applies)</source>
        <translation>el titular no fijó un fin (se aplica el límite de antigüedad propio de quien lo comprueba)</translation>
    </message>
    <message>
        <source>Challenge</source>
        <translation>Desafío</translation>
    </message>
    <message>
        <source>%1 (made by the holder&apos;s wallet)</source>
        <translation>%1 (creado por la billetera del titular)</translation>
    </message>
    <message>
        <source>This page is a summary in words. What counts is the signed data in the QR codes: check it as explained below before you rely on it.</source>
        <translation>Esta página es un resumen en palabras. Lo que cuenta son los datos firmados de los códigos QR: compruébelos como se explica abajo antes de confiar en ellos.</translation>
    </message>
    <message numerus="yes">
        <source>What is shared (%n record(s))</source>
        <translation>
            <numerusform>Qué se comparte (%n registro)</numerusform>
            <numerusform>Qué se comparte (%n registros)</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Advertencia: %1</translation>
    </message>
    <message>
        <source>Each VPQR code holds one record in a presentation signed by the holder&apos;s wallet, complete on its own.</source>
        <translation>Cada código VPQR contiene un registro en una presentación firmada por la billetera del titular, completa por sí misma.</translation>
    </message>
    <message>
        <source>The code holds the whole presentation, signed by the holder&apos;s wallet.</source>
        <translation>El código contiene toda la presentación, firmada por la billetera del titular.</translation>
    </message>
    <message>
        <source>Codes marked &quot;part&quot; hold one presentation together: scan all of them.</source>
        <translation>Los códigos marcados como &quot;parte&quot; contienen juntos una presentación: escanéelos todos.</translation>
    </message>
    <message numerus="yes">
        <source>The QR codes (%n)</source>
        <translation>
            <numerusform>El código QR (%n)</numerusform>
            <numerusform>Los códigos QR (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>1. With LER Wallet (free, no account needed): choose &quot;Check a presentation&quot; on its start screen or in its File menu and open this PDF file, or photos or scans of its QR codes. Type in the challenge you gave the job seeker and your domain, if you gave them: a presentation made for someone else is then refused. LER Wallet reads every code on this page.</source>
        <translation>1. Con LER Wallet (gratis, no se necesita cuenta): elija &quot;Comprobar una presentación&quot; en su pantalla de inicio o en su menú Archivo y abra este archivo PDF, o fotos o escaneos de sus códigos QR. Escriba el desafío que le dio a la persona que busca empleo y su dominio, si se los dio: así se rechaza una presentación creada para otra persona. LER Wallet lee todos los códigos de esta página.</translation>
    </message>
    <message>
        <source>2. With VerifierPlus (verifierplus.org) or the Learner Credential Wallet app: scan a code marked VPQR. Each one is a complete signed presentation of its record.</source>
        <translation>2. Con VerifierPlus (verifierplus.org) o la aplicación Learner Credential Wallet: escanee un código marcado como VPQR. Cada uno es una presentación firmada y completa de su registro.</translation>
    </message>
    <message>
        <source>What a good result means: the holder&apos;s wallet signed the presentation for you, and each issuer&apos;s signature is valid, so nothing was changed since it was issued. Make sure each issuer is who you expect. Self-asserted records are the job seeker&apos;s own statements.</source>
        <translation>Qué significa un resultado correcto: la billetera del titular firmó la presentación para usted y la firma de cada emisor es válida, por lo que nada cambió desde que se emitió. Asegúrese de que cada emisor sea quien usted espera. Los registros declarados por la persona son afirmaciones propias de quien busca empleo.</translation>
    </message>
    <message>
        <source>The challenge in this presentation is %1. If you asked for a different one, do not accept it.</source>
        <translation>El desafío de esta presentación es %1. Si usted pidió uno distinto, no la acepte.</translation>
    </message>
    <message>
        <source>For the employer: how to check</source>
        <translation>Para el empleador: cómo comprobarlo</translation>
    </message>
    <message>
        <source>LER Wallet presentation</source>
        <translation>Presentación de LER Wallet</translation>
    </message>
    <message>
        <source>LER Wallet presentation for %1</source>
        <translation>Presentación de LER Wallet para %1</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>now</source>
        <translation>actualidad</translation>
    </message>
    <message>
        <source>Verified by LER Wallet on %1</source>
        <translation>Verificado por LER Wallet el %1</translation>
    </message>
    <message>
        <source>Partly verified on %1</source>
        <translation>Verificado en parte el %1</translation>
    </message>
    <message>
        <source>Not verified (checked on %1)</source>
        <translation>No verificado (comprobado el %1)</translation>
    </message>
    <message>
        <source>Self-reported</source>
        <translation>Declarado por la persona</translation>
    </message>
    <message>
        <source>Unsigned document</source>
        <translation>Documento sin firmar</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Sin comprobar</translation>
    </message>
    <message>
        <source>Résumé</source>
        <translation>Currículum</translation>
    </message>
    <message>
        <source>Work experience</source>
        <translation>Experiencia laboral</translation>
    </message>
    <message>
        <source>Education and training</source>
        <translation>Educación y formación</translation>
    </message>
    <message>
        <source>Badges and certifications</source>
        <translation>Insignias y certificaciones</translation>
    </message>
    <message>
        <source>Licenses</source>
        <translation>Licencias</translation>
    </message>
    <message>
        <source>Scan to verify</source>
        <translation>Escanee para verificar</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Competencias</translation>
    </message>
    <message>
        <source>Each QR code holds the credential itself, signed by its issuer. Scan it with a verifier app (LER Wallet, VerifierPlus) to check it.</source>
        <translation>Cada código QR contiene la propia credencial, firmada por su emisor. Escanéelo con una aplicación de verificación (LER Wallet, VerifierPlus) para comprobarla.</translation>
    </message>
    <message>
        <source>Résumé of %1</source>
        <translation>Currículum de %1</translation>
    </message>
    <message>
        <source>The PDF could not be made.</source>
        <translation>No se pudo crear el PDF.</translation>
    </message>
    <message>
        <source>The file %1 could not be written.</source>
        <translation>No se pudo escribir el archivo %1.</translation>
    </message>
    <message>
        <source>saveImage: the image is empty</source>
        <translation>saveImage: la imagen está vacía</translation>
    </message>
    <message>
        <source>a presentation document needs its QR codes</source>
        <translation>un documento de presentación necesita sus códigos QR</translation>
    </message>
    <message>
        <source>QR text must not contain NUL characters</source>
        <translation>el texto de un código QR no debe contener caracteres NUL</translation>
    </message>
</context>
<context>
    <name>ler::model</name>
    <message>
        <source>This record was saved by a newer or unknown version of LER Wallet and cannot be read.</source>
        <translation>Este registro lo guardó una versión más nueva o desconocida de LER Wallet y no se puede leer.</translation>
    </message>
    <message>
        <source>The record has an unknown kind.</source>
        <translation>El registro tiene un tipo desconocido.</translation>
    </message>
    <message>
        <source>The record has an unknown source format.</source>
        <translation>El registro tiene un formato de origen desconocido.</translation>
    </message>
</context>
<context>
    <name>ler::net</name>
    <message>
        <source>The DID document of %1 is not valid JSON.</source>
        <translation>El documento DID de %1 no es JSON válido.</translation>
    </message>
    <message>
        <source>The DID document fetched for %1 belongs to another identifier, so it cannot be used.</source>
        <translation>El documento DID descargado para %1 pertenece a otro identificador, así que no se puede usar.</translation>
    </message>
    <message>
        <source>the server</source>
        <translation>el servidor</translation>
    </message>
    <message>
        <source>Not fetched: %1 is not a secure (https) address.</source>
        <translation>No se descargó: %1 no es una dirección segura (https).</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 seconds.</source>
        <translation>%1 no respondió en %2 segundos.</translation>
    </message>
    <message>
        <source>The document from %1 is larger than the %2 KB limit, so it was not downloaded.</source>
        <translation>El documento de %1 supera el límite de %2 KB, así que no se descargó.</translation>
    </message>
    <message>
        <source>Could not reach %1: %2</source>
        <translation>No se pudo conectar con %1: %2</translation>
    </message>
    <message>
        <source>%1 has no document at this address (HTTP %2).</source>
        <translation>%1 no tiene ningún documento en esta dirección (HTTP %2).</translation>
    </message>
    <message>
        <source>%1 answered with an error (HTTP %2).</source>
        <translation>%1 respondió con un error (HTTP %2).</translation>
    </message>
    <message>
        <source>Not fetched: you are offline.</source>
        <translation>No se descargó: está sin conexión.</translation>
    </message>
    <message>
        <source>Not fetched: %1 redirected more than %2 times.</source>
        <translation>No se descargó: %1 redirigió más de %2 veces.</translation>
    </message>
    <message>
        <source>The issuer&apos;s server sent something that is not an Open Badges document.</source>
        <translation>El servidor del emisor envió algo que no es un documento de Open Badges.</translation>
    </message>
    <message>
        <source>The badge on the issuer&apos;s server has a different identifier from the one in your wallet.</source>
        <translation>La insignia del servidor del emisor tiene un identificador distinto al de la que está en su billetera.</translation>
    </message>
    <message>
        <source>The badge on the issuer&apos;s server was awarded to someone else than the one in your wallet.</source>
        <translation>La insignia del servidor del emisor se otorgó a otra persona, no a la de la insignia de su billetera.</translation>
    </message>
    <message>
        <source>The badge on the issuer&apos;s server is for a different achievement than the one in your wallet.</source>
        <translation>La insignia del servidor del emisor es de un logro distinto al de la que está en su billetera.</translation>
    </message>
    <message>
        <source>The badge is hosted at an address the issuer does not use for its badges.</source>
        <translation>La insignia está alojada en una dirección que el emisor no usa para sus insignias.</translation>
    </message>
    <message>
        <source>Revoked: the issuer has withdrawn this badge.</source>
        <translation>Revocada: el emisor ha retirado esta insignia.</translation>
    </message>
    <message>
        <source>Revoked: the issuer has withdrawn this badge (reason given: %1).</source>
        <translation>Revocada: el emisor ha retirado esta insignia (motivo indicado: %1).</translation>
    </message>
    <message>
        <source>This uses a copy fetched from the issuer on %1.</source>
        <translation>Se usa una copia descargada del emisor el %1.</translation>
    </message>
    <message>
        <source>The badge description could not be fetched: %1</source>
        <translation>No se pudo descargar la descripción de la insignia: %1</translation>
    </message>
    <message>
        <source>The badge description from the issuer is not a BadgeClass.</source>
        <translation>La descripción de la insignia que dio el emisor no es una BadgeClass.</translation>
    </message>
    <message>
        <source>The issuer&apos;s profile could not be fetched: %1</source>
        <translation>No se pudo descargar el perfil del emisor: %1</translation>
    </message>
    <message>
        <source>The issuer&apos;s profile is not an Issuer or Profile.</source>
        <translation>El perfil del emisor no es un Issuer ni un Profile.</translation>
    </message>
    <message>
        <source>This badge has no web address to check it against.</source>
        <translation>Esta insignia no tiene ninguna dirección web con la que comprobarla.</translation>
    </message>
    <message>
        <source>This badge is signed, so it is checked by its signature, not on the issuer&apos;s server.</source>
        <translation>Esta insignia está firmada, así que se comprueba por su firma, no en el servidor del emisor.</translation>
    </message>
    <message>
        <source>The issuer&apos;s server no longer has this badge.</source>
        <translation>El servidor del emisor ya no tiene esta insignia.</translation>
    </message>
    <message>
        <source>Confirmed: the issuer&apos;s server still hosts this badge as awarded to you.</source>
        <translation>Confirmado: el servidor del emisor sigue teniendo esta insignia como otorgada a usted.</translation>
    </message>
    <message>
        <source>Signed Open Badges 2.0 badges must use RS256.</source>
        <translation>Las insignias firmadas de Open Badges 2.0 deben usar RS256.</translation>
    </message>
    <message>
        <source>The signed badge does not say it is verified by signature.</source>
        <translation>La insignia firmada no indica que se verifica por su firma.</translation>
    </message>
    <message>
        <source>The badge&apos;s signature does not match the issuer&apos;s key.</source>
        <translation>La firma de la insignia no coincide con la clave del emisor.</translation>
    </message>
    <message>
        <source>Confirmed: the badge is signed with the issuer&apos;s key.</source>
        <translation>Confirmado: la insignia está firmada con la clave del emisor.</translation>
    </message>
    <message>
        <source>The issuer&apos;s key set has no &quot;keys&quot; list.</source>
        <translation>El conjunto de claves del emisor no tiene la lista &quot;keys&quot;.</translation>
    </message>
    <message>
        <source>The issuer publishes no key this wallet can use.</source>
        <translation>El emisor no publica ninguna clave que esta billetera pueda usar.</translation>
    </message>
    <message>
        <source>The credential&apos;s issuer is not a secure web address (https), so its keys cannot be looked up.</source>
        <translation>El emisor de la credencial no es una dirección web segura (https), así que no se pueden buscar sus claves.</translation>
    </message>
    <message>
        <source>The issuer&apos;s metadata is not valid JSON.</source>
        <translation>Los metadatos del emisor no son JSON válido.</translation>
    </message>
    <message>
        <source>The issuer&apos;s metadata names a different issuer, so its keys cannot be used.</source>
        <translation>Los metadatos del emisor nombran a otro emisor, así que no se pueden usar sus claves.</translation>
    </message>
    <message>
        <source>The issuer&apos;s metadata must give its keys either inline or by address, not both.</source>
        <translation>Los metadatos del emisor deben dar sus claves directamente o mediante una dirección, no de las dos formas.</translation>
    </message>
    <message>
        <source>The issuer&apos;s key set is not valid JSON.</source>
        <translation>El conjunto de claves del emisor no es JSON válido.</translation>
    </message>
    <message>
        <source>The credential does not say which of the issuer&apos;s keys signed it.</source>
        <translation>La credencial no indica cuál de las claves del emisor la firmó.</translation>
    </message>
    <message>
        <source>The issuer does not publish the key that signed this credential.</source>
        <translation>El emisor no publica la clave que firmó esta credencial.</translation>
    </message>
    <message>
        <source>The credential&apos;s status entry has no valid position (statusListIndex).</source>
        <translation>La entrada de estado de la credencial no tiene una posición válida (statusListIndex).</translation>
    </message>
    <message>
        <source>The credential&apos;s status entry has an unsupported status size (statusSize).</source>
        <translation>La entrada de estado de la credencial tiene un tamaño de estado no admitido (statusSize).</translation>
    </message>
    <message>
        <source>Not suspended: the issuer&apos;s status list shows this credential as active.</source>
        <translation>No suspendida: la lista de estado del emisor muestra esta credencial como activa.</translation>
    </message>
    <message>
        <source>Not revoked: the issuer&apos;s status list shows this credential as valid.</source>
        <translation>No revocada: la lista de estado del emisor muestra esta credencial como válida.</translation>
    </message>
    <message>
        <source>Revoked: the issuer has withdrawn this credential.</source>
        <translation>Revocada: el emisor ha retirado esta credencial.</translation>
    </message>
    <message>
        <source>Suspended: the issuer has put this credential on hold.</source>
        <translation>Suspendida: el emisor ha dejado esta credencial en suspenso.</translation>
    </message>
    <message>
        <source>The issuer&apos;s status list marks this credential (%1 status %2).</source>
        <translation>La lista de estado del emisor marca esta credencial (estado de %1: %2).</translation>
    </message>
    <message>
        <source>The issuer&apos;s status list says: %1</source>
        <translation>La lista de estado del emisor dice: %1</translation>
    </message>
    <message>
        <source>This uses a copy of the status list fetched on %1.</source>
        <translation>Se usa una copia de la lista de estado descargada el %1.</translation>
    </message>
    <message>
        <source>This kind of credential status is not supported.</source>
        <translation>Este tipo de estado de credencial no se admite.</translation>
    </message>
    <message>
        <source>The credential&apos;s status entry does not say what it is for (statusPurpose).</source>
        <translation>La entrada de estado de la credencial no indica para qué sirve (statusPurpose).</translation>
    </message>
    <message>
        <source>The credential&apos;s status entry has no valid status list address.</source>
        <translation>La entrada de estado de la credencial no tiene una dirección de lista de estado válida.</translation>
    </message>
    <message>
        <source>The status list is not encoded as the standard requires (multibase base64url).</source>
        <translation>La lista de estado no está codificada como exige el estándar (multibase base64url).</translation>
    </message>
    <message>
        <source>The status list is not valid base64url.</source>
        <translation>La lista de estado no es base64url válido.</translation>
    </message>
    <message>
        <source>The status size is not supported.</source>
        <translation>El tamaño de estado no se admite.</translation>
    </message>
    <message>
        <source>The credential&apos;s position (%1) is beyond the end of the issuer&apos;s status list.</source>
        <translation>La posición de la credencial (%1) está más allá del final de la lista de estado del emisor.</translation>
    </message>
    <message>
        <source>The issuer&apos;s status list is not valid yet.</source>
        <translation>La lista de estado del emisor todavía no es válida.</translation>
    </message>
    <message>
        <source>The issuer&apos;s status list has expired, so the status cannot be trusted.</source>
        <translation>La lista de estado del emisor ha caducado, así que no se puede confiar en el estado.</translation>
    </message>
    <message>
        <source>The document at the status list address is not a status list of the expected kind.</source>
        <translation>El documento de la dirección de la lista de estado no es una lista de estado del tipo esperado.</translation>
    </message>
    <message>
        <source>The issuer&apos;s status list is for a different purpose than the credential&apos;s status entry.</source>
        <translation>La lista de estado del emisor tiene un propósito distinto al de la entrada de estado de la credencial.</translation>
    </message>
    <message>
        <source>No verifier was given for the status list&apos;s signature.</source>
        <translation>No se indicó ningún verificador para la firma de la lista de estado.</translation>
    </message>
    <message>
        <source>Status not checked: %1</source>
        <translation>Estado no comprobado: %1</translation>
    </message>
    <message>
        <source>The issuer&apos;s status list is not a JSON credential.</source>
        <translation>La lista de estado del emisor no es una credencial JSON.</translation>
    </message>
    <message>
        <source>This key is not published with did:web.</source>
        <translation>Esta clave no está publicada con did:web.</translation>
    </message>
    <message>
        <source>Could not find the server %1 (its name does not resolve).</source>
        <translation>No se encontró el servidor %1 (su nombre no se resuelve).</translation>
    </message>
    <message>
        <source>The name %1 could not be looked up in time.</source>
        <translation>No se pudo buscar el nombre %1 a tiempo.</translation>
    </message>
    <message>
        <source>Not fetched: %1 is an address of this computer (loopback).</source>
        <translation>No se descargó: %1 es una dirección de esta computadora (loopback).</translation>
    </message>
    <message>
        <source>Not fetched: %1 is an address on a private network.</source>
        <translation>No se descargó: %1 es una dirección de una red privada.</translation>
    </message>
    <message>
        <source>Not fetched: %1 is a link-local address, reachable only on the local network.</source>
        <translation>No se descargó: %1 es una dirección de enlace local, accesible solo en la red local.</translation>
    </message>
    <message>
        <source>Not fetched: %1 is an address inside an internet provider&apos;s network (100.64.0.0/10).</source>
        <translation>No se descargó: %1 es una dirección interna de la red de un proveedor de internet (100.64.0.0/10).</translation>
    </message>
    <message>
        <source>Not fetched: %1 is a multicast address.</source>
        <translation>No se descargó: %1 es una dirección de multidifusión.</translation>
    </message>
    <message>
        <source>Not fetched: %1 is an unspecified address.</source>
        <translation>No se descargó: %1 es una dirección no especificada.</translation>
    </message>
    <message>
        <source>Not fetched: %1 is a broadcast address.</source>
        <translation>No se descargó: %1 es una dirección de difusión.</translation>
    </message>
    <message>
        <source>Not fetched: %1 is an address reserved for special use, not a public web server.</source>
        <translation>No se descargó: %1 es una dirección reservada para usos especiales, no un servidor web público.</translation>
    </message>
    <message>
        <source>The answer from %1 broke off before the end: %2</source>
        <translation>La respuesta de %1 se interrumpió antes del final: %2</translation>
    </message>
    <message>
        <source>Not fetched: %1 redirected to another site (%2), but a DID document must come from the site it names.</source>
        <translation>No se descargó: %1 redirigió a otro sitio (%2), pero un documento DID debe provenir del sitio que indica.</translation>
    </message>
    <message>
        <source>Not fetched: %1 redirected to another site (%2), but a key must come from the site that lists it.</source>
        <translation>No se descargó: %1 redirigió a otro sitio (%2), pero una clave debe provenir del sitio que la publica.</translation>
    </message>
    <message>
        <source>Not fetched: %1 redirected to another site (%2), but an issuer&apos;s profile must come from the issuer&apos;s own site.</source>
        <translation>No se descargó: %1 redirigió a otro sitio (%2), pero el perfil de un emisor debe provenir del propio sitio del emisor.</translation>
    </message>
    <message>
        <source>Not checked: an earlier step did not succeed.</source>
        <translation>Sin comprobar: un paso anterior no tuvo éxito.</translation>
    </message>
    <message>
        <source>The signature was not checked: no key of the issuer could be found to check it with.</source>
        <translation>No se comprobó la firma: no se encontró ninguna clave del emisor con la cual comprobarla.</translation>
    </message>
    <message>
        <source>%1 is not a web address.</source>
        <translation>%1 no es una dirección web.</translation>
    </message>
    <message>
        <source>The badge description at %1 names another address as its own.</source>
        <translation>La descripción de la insignia en %1 indica otra dirección como la suya.</translation>
    </message>
    <message>
        <source>The badge description names no issuer.</source>
        <translation>La descripción de la insignia no indica ningún emisor.</translation>
    </message>
    <message>
        <source>The issuer&apos;s profile at %1 names another address as its own, so it is not the issuer&apos;s.</source>
        <translation>El perfil del emisor en %1 indica otra dirección como la suya, por lo que no es del emisor.</translation>
    </message>
    <message>
        <source>Not checked: the issuer&apos;s web site could not be reached.</source>
        <translation>Sin comprobar: no se pudo acceder al sitio web del emisor.</translation>
    </message>
    <message>
        <source>Not compared: the issuer has withdrawn this badge.</source>
        <translation>Sin comparar: el emisor retiró esta insignia.</translation>
    </message>
    <message>
        <source>Not checked: the issuer&apos;s server answered with an error (HTTP %1).</source>
        <translation>Sin comprobar: el servidor del emisor respondió con un error (HTTP %1).</translation>
    </message>
    <message>
        <source>The issuer&apos;s web site still holds this badge and has not revoked it (%1).</source>
        <translation>El sitio web del emisor aún tiene esta insignia y no la ha revocado (%1).</translation>
    </message>
    <message>
        <source>The issuer&apos;s web site %1 holds the same badge (%2).</source>
        <translation>El sitio web del emisor %1 tiene la misma insignia (%2).</translation>
    </message>
    <message>
        <source>Checked with the issuer&apos;s profile at %1 (fetched %2): the badge is hosted where the issuer hosts its badges.</source>
        <translation>Comprobado con el perfil del emisor en %1 (descargado el %2): la insignia está alojada donde el emisor aloja sus insignias.</translation>
    </message>
    <message>
        <source>The issuer publishes no revocation list, so it has not revoked this badge.</source>
        <translation>El emisor no publica ninguna lista de revocación, por lo que no ha revocado esta insignia.</translation>
    </message>
    <message>
        <source>Not checked: the issuer&apos;s revocation list could not be fetched.</source>
        <translation>Sin comprobar: no se pudo descargar la lista de revocación del emisor.</translation>
    </message>
    <message>
        <source>Not on the issuer&apos;s revocation list (fetched %1).</source>
        <translation>No figura en la lista de revocación del emisor (descargada el %1).</translation>
    </message>
    <message>
        <source>The key that signed this badge (%1) is not one the issuer&apos;s profile lists.</source>
        <translation>La clave que firmó esta insignia (%1) no es una de las que indica el perfil del emisor.</translation>
    </message>
    <message>
        <source>The signature was not checked: it was not made with a key of the issuer.</source>
        <translation>No se comprobó la firma: no se hizo con una clave del emisor.</translation>
    </message>
    <message>
        <source>The issuer&apos;s profile lists no key for its signed badges.</source>
        <translation>El perfil del emisor no indica ninguna clave para sus insignias firmadas.</translation>
    </message>
    <message>
        <source>The key %1 does not name the badge&apos;s issuer as its owner.</source>
        <translation>La clave %1 no indica al emisor de la insignia como su propietario.</translation>
    </message>
    <message>
        <source>The key is listed in the issuer&apos;s profile at %1 and names the issuer as its owner (key fetched %2).</source>
        <translation>La clave figura en el perfil del emisor en %1 e indica al emisor como su propietario (clave descargada el %2).</translation>
    </message>
    <message>
        <source>Not checked: the issuer&apos;s key could not be fetched.</source>
        <translation>Sin comprobar: no se pudo descargar la clave del emisor.</translation>
    </message>
    <message>
        <source>Not checked: the signature does not match a key of the issuer.</source>
        <translation>Sin comprobar: la firma no coincide con ninguna clave del emisor.</translation>
    </message>
    <message>
        <source>Your copy of this badge differs from the one the issuer&apos;s web site holds (%1 is different).</source>
        <translation>Su copia de esta insignia es distinta de la que tiene el sitio web del emisor (%1 es distinto).</translation>
    </message>
    <message>
        <source>Not checked: the badge description in your copy could not be compared with the issuer&apos;s.</source>
        <translation>No comprobado: no se pudo comparar la descripción de la insignia de su copia con la del emisor.</translation>
    </message>
    <message>
        <source>Not checked: the issuer details in your copy could not be compared with the issuer&apos;s profile.</source>
        <translation>No comprobado: no se pudieron comparar los datos del emisor de su copia con el perfil del emisor.</translation>
    </message>
    <message>
        <source>%1 redirected to %2. %3</source>
        <translation>%1 redirigió a %2. %3</translation>
    </message>
    <message>
        <source>Fetching on the thread of the windows is not allowed.</source>
        <translation>No se permite descargar en el hilo de las ventanas.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>Two sentences, one after the other.</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>The answer from %1 broke off before the end: %2 of %3 bytes arrived.</source>
        <translation>La respuesta de %1 se interrumpió antes del final: llegaron %2 de %3 bytes.</translation>
    </message>
    <message>
        <source>The issuer&apos;s status list could not be decompressed.</source>
        <translation>No se pudo descomprimir la lista de estado del emisor.</translation>
    </message>
    <message>
        <source>The document at the status list address is another status list (%1).</source>
        <translation>El documento en la dirección de la lista de estado es otra lista de estado (%1).</translation>
    </message>
</context>
<context>
    <name>ler::present</name>
    <message>
        <source>The wallet&apos;s own key is damaged.</source>
        <translation>La clave propia de la billetera está dañada.</translation>
    </message>
    <message>
        <source>This wallet has no key of its own yet.</source>
        <translation>Esta billetera todavía no tiene una clave propia.</translation>
    </message>
    <message>
        <source>An SD-JWT presentation carries exactly one SD-JWT credential. Choose the vp-json or vp-jwt format for other records or for several.</source>
        <translation>Una presentación SD-JWT contiene exactamente una credencial SD-JWT. Elija el formato vp-json o vp-jwt para otros registros o para varios.</translation>
    </message>
    <message numerus="yes">
        <source>The %n presentation(s) in these QR codes were signed by the same wallet for the same challenge and recipient.</source>
        <translation>
            <numerusform>La %n presentación de estos códigos QR fue firmada por la misma billetera para el mismo desafío y destinatario.</numerusform>
            <numerusform>Las %n presentaciones de estos códigos QR fueron firmadas por la misma billetera para el mismo desafío y destinatario.</numerusform>
        </translation>
    </message>
    <message>
        <source>These QR codes hold presentations from different wallets or made for different requests; they do not belong together.</source>
        <translation>Estos códigos QR contienen presentaciones de billeteras distintas o hechas para solicitudes distintas; no van juntas.</translation>
    </message>
    <message>
        <source>These QR codes hold no presentation.</source>
        <translation>Estos códigos QR no contienen ninguna presentación.</translation>
    </message>
    <message>
        <source>The stored credential %1 cannot be read again.</source>
        <translation>La credencial guardada %1 no se puede volver a leer.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an Open Badges 2.0 badge, which is not a W3C Verifiable Credential and cannot go into a presentation. Share the badge&apos;s own file instead (export).</source>
        <translation>&quot;%1&quot; es una insignia Open Badges 2.0, que no es una credencial verificable W3C y no puede incluirse en una presentación. Comparta en su lugar el archivo de la insignia (exportar).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a transcript without a signature, which cannot go into a presentation. Share its file instead (export).</source>
        <translation>&quot;%1&quot; es un certificado de estudios sin firma, que no puede incluirse en una presentación. Comparta en su lugar su archivo (exportar).</translation>
    </message>
    <message>
        <source>The stored credential &quot;%1&quot; cannot be read.</source>
        <translation>La credencial guardada &quot;%1&quot; no se puede leer.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is bound to another key than this wallet&apos;s, so this wallet cannot prove that it is yours (key binding). Ask the issuer to issue it to your wallet ID (whoami).</source>
        <translation>&quot;%1&quot; está vinculada a una clave distinta de la de esta billetera, así que esta billetera no puede demostrar que es suya (vinculación de clave). Pida al emisor que la emita para el ID de su billetera (whoami).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not bound to any key, so an SD-JWT presentation of it cannot prove that it is yours. Share it in a vp-json or vp-jwt presentation, which your wallet signs.</source>
        <translation>&quot;%1&quot; no está vinculada a ninguna clave, así que una presentación SD-JWT de ella no puede demostrar que es suya. Compártala en una presentación vp-json o vp-jwt, que su billetera firma.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs to know who the presentation is for: its key binding names the recipient. Give the recipient&apos;s domain.</source>
        <translation>&quot;%1&quot; necesita saber para quién es la presentación: su vinculación de clave indica el destinatario. Indique el dominio del destinatario.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an SD-JWT credential: its signature covers the whole record, so it is shared whole and no claims can be chosen in it.</source>
        <translation>&quot;%1&quot; no es una credencial SD-JWT: su firma cubre todo el registro, así que se comparte completo y no se pueden elegir datos en ella.</translation>
    </message>
    <message>
        <source>Choose at least one record to share.</source>
        <translation>Elija al menos un registro para compartir.</translation>
    </message>
    <message>
        <source>The expiry must lie in the future.</source>
        <translation>La fecha de caducidad debe estar en el futuro.</translation>
    </message>
    <message>
        <source>The record %1 is chosen twice.</source>
        <translation>El registro %1 está elegido dos veces.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is part of a transcript that is also chosen whole. Choose the whole transcript or single courses from it, not both.</source>
        <translation>&quot;%1&quot; forma parte de un certificado de estudios que también está elegido completo. Elija el certificado completo o cursos sueltos de él, no ambos.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be chosen: this credential has no claims that can be shown or hidden one by one.</source>
        <translation>&quot;%1&quot; no se puede elegir: esta credencial no tiene datos que se puedan mostrar u ocultar uno por uno.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a claim that can be chosen in this credential. These can: %2</source>
        <translation>&quot;%1&quot; no es un dato que se pueda elegir en esta credencial. Estos sí: %2</translation>
    </message>
    <message>
        <source>The sharing history has no entry %1.</source>
        <translation>El historial de lo compartido no tiene la entrada %1.</translation>
    </message>
    <message>
        <source>presentation signed without the holder key</source>
        <translation>presentación firmada sin la clave del titular</translation>
    </message>
    <message>
        <source>record %1 is not in the plan</source>
        <translation>el registro %1 no está en el plan</translation>
    </message>
    <message>
        <source>untitled credential</source>
        <translation>credencial sin título</translation>
    </message>
    <message>
        <source>credential from %1</source>
        <translation>credencial de %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be chosen: %2 has no claims that can be shown or hidden one by one.</source>
        <translation>&quot;%1&quot; no se puede elegir: %2 no tiene datos que se puedan mostrar u ocultar uno por uno.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a claim that can be chosen in %2. These can: %3</source>
        <translation>&quot;%1&quot; no es un dato que se pueda elegir en %2. Estos sí: %3</translation>
    </message>
</context>
<context>
    <name>ler::qr</name>
    <message>
        <source>The image is empty.</source>
        <translation>La imagen está vacía.</translation>
    </message>
    <message>
        <source>No QR code could be read in this image. Try a sharper, larger picture with the whole code in view.</source>
        <translation>No se pudo leer ningún código QR en esta imagen. Pruebe con una imagen más nítida y más grande en la que se vea todo el código.</translation>
    </message>
    <message>
        <source>The file is not an image LER Wallet can read.</source>
        <translation>El archivo no es una imagen que LER Wallet pueda leer.</translation>
    </message>
    <message>
        <source>The image is too large to scan for QR codes.</source>
        <translation>La imagen es demasiado grande para buscar códigos QR en ella.</translation>
    </message>
    <message>
        <source>The image could not be read (%1).</source>
        <translation>No se pudo leer la imagen (%1).</translation>
    </message>
    <message>
        <source>This QR code is not part of a presentation LER Wallet can read.</source>
        <translation>Este código QR no forma parte de una presentación que LER Wallet pueda leer.</translation>
    </message>
    <message>
        <source>This is too large to share as QR codes.</source>
        <translation>Esto es demasiado grande para compartirlo como códigos QR.</translation>
    </message>
    <message>
        <source>This would need %1 QR codes; the most LER Wallet makes is %2.</source>
        <translation>Esto necesitaría %1 códigos QR; LER Wallet crea como máximo %2.</translation>
    </message>
    <message>
        <source>These QR codes belong to different presentations. Scan the codes of one presentation only.</source>
        <translation>Estos códigos QR pertenecen a presentaciones distintas. Escanee solo los códigos de una presentación.</translation>
    </message>
    <message>
        <source>Two different QR codes both say they are part %1 of %2; one of them is damaged or forged.</source>
        <translation>Dos códigos QR distintos dicen ser la parte %1 de %2; uno de ellos está dañado o es falso.</translation>
    </message>
    <message>
        <source>Some QR codes of this presentation are missing: part %1 of %2.</source>
        <translation>Faltan algunos códigos QR de esta presentación: parte %1 de %2.</translation>
    </message>
    <message>
        <source>These QR codes hold more than LER Wallet reads.</source>
        <translation>Estos códigos QR contienen más de lo que LER Wallet lee.</translation>
    </message>
    <message>
        <source>All parts were read, but together they do not match their checksum: a code is damaged or does not belong to this presentation.</source>
        <translation>Se leyeron todas las partes, pero juntas no coinciden con su suma de comprobación: un código está dañado o no pertenece a esta presentación.</translation>
    </message>
    <message>
        <source>These QR codes hold a kind of data LER Wallet does not read.</source>
        <translation>Estos códigos QR contienen un tipo de datos que LER Wallet no lee.</translation>
    </message>
    <message>
        <source>The data in these QR codes is damaged (it is not what its header says).</source>
        <translation>Los datos de estos códigos QR están dañados (no son lo que indica su encabezado).</translation>
    </message>
    <message>
        <source>This QR code is not a VPQR presentation (it does not start with VP1-).</source>
        <translation>Este código QR no es una presentación VPQR (no empieza por VP1-).</translation>
    </message>
    <message>
        <source>This VPQR code uses an encoding LER Wallet does not read (only base32, B).</source>
        <translation>Este código VPQR usa una codificación que LER Wallet no lee (solo base32, B).</translation>
    </message>
    <message>
        <source>This VPQR code does not hold one presentation or credential.</source>
        <translation>Este código VPQR no contiene una presentación ni una credencial.</translation>
    </message>
    <message>
        <source>The data is too large for one QR code.</source>
        <translation>Los datos son demasiado grandes para un solo código QR.</translation>
    </message>
    <message>
        <source>The QR policy leaves no room for data.</source>
        <translation>La configuración de los códigos QR no deja espacio para los datos.</translation>
    </message>
    <message>
        <source>The data in these QR codes is damaged: %1</source>
        <translation>Los datos de estos códigos QR están dañados: %1</translation>
    </message>
    <message>
        <source>CBOR-LD does not carry this document unchanged.</source>
        <translation>CBOR-LD no puede contener este documento sin modificarlo.</translation>
    </message>
    <message>
        <source>This VPQR code is damaged: %1</source>
        <translation>Este código VPQR está dañado: %1</translation>
    </message>
</context>
<context>
    <name>ler::rdf</name>
    <message>
        <source>N-Quads text is not valid UTF-8</source>
        <translation>el texto N-Quads no es UTF-8 válido</translation>
    </message>
    <message>
        <source>N-Quads line %1, column %2: expected &apos;.&apos;</source>
        <translation>N-Quads, línea %1, columna %2: se esperaba &apos;.&apos;</translation>
    </message>
    <message>
        <source>N-Quads line %1, column %2: unexpected text after &apos;.&apos;</source>
        <translation>N-Quads, línea %1, columna %2: texto inesperado después de &apos;.&apos;</translation>
    </message>
    <message>
        <source>N-Quads line %1, column %2: expected an IRI or blank node</source>
        <translation>N-Quads, línea %1, columna %2: se esperaba un IRI o un nodo en blanco</translation>
    </message>
    <message>
        <source>N-Quads line %1, column %2: expected &apos;&lt;&apos;</source>
        <translation>N-Quads, línea %1, columna %2: se esperaba &apos;&lt;&apos;</translation>
    </message>
    <message>
        <source>N-Quads line %1, column %2: character not allowed in an IRI</source>
        <translation>N-Quads, línea %1, columna %2: carácter no permitido en un IRI</translation>
    </message>
    <message>
        <source>N-Quads line %1, column %2: unterminated IRI</source>
        <translation>N-Quads, línea %1, columna %2: IRI sin terminar</translation>
    </message>
    <message>
        <source>N-Quads line %1, column %2: IRI is not absolute</source>
        <translation>N-Quads, línea %1, columna %2: el IRI no es absoluto</translation>
    </message>
    <message>
        <source>N-Quads line %1, column %2: expected &apos;_:&apos;</source>
        <translation>N-Quads, línea %1, columna %2: se esperaba &apos;_:&apos;</translation>
    </message>
    <message>
        <source>N-Quads line %1, column %2: bad blank node label</source>
        <translation>N-Quads, línea %1, columna %2: etiqueta de nodo en blanco no válida</translation>
    </message>
    <message>
        <source>N-Quads line %1, column %2: unterminated literal</source>
        <translation>N-Quads, línea %1, columna %2: literal sin terminar</translation>
    </message>
    <message>
        <source>N-Quads line %1, column %2: bad language tag</source>
        <translation>N-Quads, línea %1, columna %2: etiqueta de idioma no válida</translation>
    </message>
    <message>
        <source>N-Quads line %1, column %2: truncated escape</source>
        <translation>N-Quads, línea %1, columna %2: secuencia de escape incompleta</translation>
    </message>
    <message>
        <source>N-Quads line %1, column %2: escape is not a Unicode scalar value</source>
        <translation>N-Quads, línea %1, columna %2: la secuencia de escape no es un valor escalar Unicode</translation>
    </message>
    <message>
        <source>N-Quads line %1, column %2: bad escape</source>
        <translation>N-Quads, línea %1, columna %2: secuencia de escape no válida</translation>
    </message>
    <message>
        <source>N-Quads line %1, column %2: bad hex digit in escape</source>
        <translation>N-Quads, línea %1, columna %2: dígito hexadecimal no válido en la secuencia de escape</translation>
    </message>
</context>
<context>
    <name>ler::records</name>
    <message>
        <source>The picture at this address is not an image LER Wallet shows, or it is too large.</source>
        <translation>La imagen de esta dirección no es una imagen que LER Wallet pueda mostrar, o es demasiado grande.</translation>
    </message>
    <message>
        <source>That record is not in this wallet.</source>
        <translation>Ese registro no está en esta billetera.</translation>
    </message>
    <message>
        <source>That collection is not in this wallet.</source>
        <translation>Esa colección no está en esta billetera.</translation>
    </message>
    <message>
        <source>A tag can be at most %1 characters long.</source>
        <translation>Una etiqueta puede tener como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>Give the collection a name.</source>
        <translation>Dé un nombre a la colección.</translation>
    </message>
    <message>
        <source>A collection name can be at most %1 characters long.</source>
        <translation>El nombre de una colección puede tener como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>You already have a collection called &quot;%1&quot;.</source>
        <translation>Ya tiene una colección llamada &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>ler::session</name>
    <message>
        <source>Imported, but it could not be checked now (%1). Check it again from the record.</source>
        <translation>Se importó, pero no se pudo comprobar ahora (%1). Vuelva a comprobarlo desde el registro.</translation>
    </message>
    <message>
        <source>No wallet is open to delete.</source>
        <translation>No hay ninguna billetera abierta que eliminar.</translation>
    </message>
</context>
<context>
    <name>ler::session::WalletSession</name>
    <message>
        <source>The wallet is locked.</source>
        <translation>La billetera está bloqueada.</translation>
    </message>
    <message>
        <source>The wallet is busy replacing its key. Try again when that is done.</source>
        <translation>La billetera está ocupada reemplazando su clave. Vuelva a intentarlo cuando termine.</translation>
    </message>
    <message>
        <source>Wait until the work that is running on the wallet has finished.</source>
        <translation>Espere a que termine el trabajo que se está realizando en la billetera.</translation>
    </message>
</context>
<context>
    <name>ler::store</name>
    <message>
        <source>The wallet&apos;s key file is damaged. Restore it from a backup.</source>
        <translation>El archivo de claves de la billetera está dañado. Restáurelo desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>That recovery code does not open this wallet.</source>
        <translation>Ese código de recuperación no abre esta billetera.</translation>
    </message>
    <message>
        <source>That passphrase does not open this wallet. Check Caps Lock and try again, or use your recovery code.</source>
        <translation>Esa frase de contraseña no abre esta billetera. Revise la tecla Bloq Mayús e inténtelo de nuevo, o use su código de recuperación.</translation>
    </message>
    <message>
        <source>This folder does not hold a LER Wallet.</source>
        <translation>Esta carpeta no contiene una billetera LER Wallet.</translation>
    </message>
    <message>
        <source>This wallet was written by a newer version of LER Wallet. Update the app to open it.</source>
        <translation>Esta billetera fue escrita por una versión más nueva de LER Wallet. Actualice la aplicación para abrirla.</translation>
    </message>
    <message>
        <source>No wallet was found in this folder.</source>
        <translation>No se encontró ninguna billetera en esta carpeta.</translation>
    </message>
    <message>
        <source>Could not read the wallet&apos;s key file (%1).</source>
        <translation>No se pudo leer el archivo de claves de la billetera (%1).</translation>
    </message>
    <message>
        <source>Could not save the wallet&apos;s key file (%1). Nothing was changed.</source>
        <translation>No se pudo guardar el archivo de claves de la billetera (%1). No se cambió nada.</translation>
    </message>
    <message>
        <source>A recovery code has only the letters A to Z and the digits 0 to 9.</source>
        <translation>Un código de recuperación solo tiene las letras de la A a la Z y los dígitos del 0 al 9.</translation>
    </message>
    <message>
        <source>A recovery code has eight groups of four characters; this one has %1 characters.</source>
        <translation>Un código de recuperación tiene ocho grupos de cuatro caracteres; este tiene %1 caracteres.</translation>
    </message>
    <message>
        <source>This recovery code has a typo. Check each group of four characters against your printed copy.</source>
        <translation>Este código de recuperación tiene un error. Compare cada grupo de cuatro caracteres con su copia impresa.</translation>
    </message>
    <message>
        <source>The wallet&apos;s database settings are not ones this version can read.</source>
        <translation>Esta versión no puede leer los ajustes de la base de datos de la billetera.</translation>
    </message>
    <message>
        <source>The wallet database is missing.</source>
        <translation>Falta la base de datos de la billetera.</translation>
    </message>
    <message>
        <source>A wallet database already exists here.</source>
        <translation>Ya existe aquí una base de datos de billetera.</translation>
    </message>
    <message>
        <source>LER Wallet was built against SQLite without encryption; refusing to store anything.</source>
        <translation>LER Wallet se compiló con SQLite sin cifrado; no guardará nada.</translation>
    </message>
    <message>
        <source>The key does not open this wallet database.</source>
        <translation>La clave no abre esta base de datos de billetera.</translation>
    </message>
    <message>
        <source>The wallet database reported an error (%1).</source>
        <translation>La base de datos de la billetera informó un error (%1).</translation>
    </message>
    <message>
        <source>Choose a passphrase for the wallet.</source>
        <translation>Elija una frase de contraseña para la billetera.</translation>
    </message>
    <message>
        <source>This folder already holds a wallet. Open it instead.</source>
        <translation>Esta carpeta ya contiene una billetera. Ábrala en su lugar.</translation>
    </message>
    <message>
        <source>Could not create the wallet folder.</source>
        <translation>No se pudo crear la carpeta de la billetera.</translation>
    </message>
    <message>
        <source>Could not create the wallet&apos;s key.</source>
        <translation>No se pudo crear la clave de la billetera.</translation>
    </message>
    <message>
        <source>Could not finish creating the wallet database.</source>
        <translation>No se pudo terminar de crear la base de datos de la billetera.</translation>
    </message>
    <message>
        <source>The wallet database does not match its key file.</source>
        <translation>La base de datos de la billetera no corresponde a su archivo de claves.</translation>
    </message>
    <message>
        <source>Choose a new passphrase.</source>
        <translation>Elija una nueva frase de contraseña.</translation>
    </message>
    <message>
        <source>The current passphrase is not right. Nothing was changed.</source>
        <translation>La frase de contraseña actual no es correcta. No se cambió nada.</translation>
    </message>
    <message>
        <source>Open the wallet with its recovery code first.</source>
        <translation>Primero abra la billetera con su código de recuperación.</translation>
    </message>
    <message>
        <source>The key file lacks a passphrase or a recovery code.</source>
        <translation>Al archivo de claves le falta la frase de contraseña o el código de recuperación.</translation>
    </message>
    <message>
        <source>Every database page is authentic.</source>
        <translation>Todas las páginas de la base de datos son auténticas.</translation>
    </message>
    <message>
        <source>The database structure is sound.</source>
        <translation>La estructura de la base de datos está en buen estado.</translation>
    </message>
    <message>
        <source>The database structure is damaged.</source>
        <translation>La estructura de la base de datos está dañada.</translation>
    </message>
    <message>
        <source>All links between records are intact.</source>
        <translation>Todos los vínculos entre registros están intactos.</translation>
    </message>
    <message>
        <source>Some links between records are broken.</source>
        <translation>Algunos vínculos entre registros están rotos.</translation>
    </message>
    <message>
        <source>The database is at the current version.</source>
        <translation>La base de datos está en la versión actual.</translation>
    </message>
    <message>
        <source>The database is not at the current version.</source>
        <translation>La base de datos no está en la versión actual.</translation>
    </message>
    <message>
        <source>Every stored credential matches its recorded fingerprint.</source>
        <translation>Cada credencial guardada coincide con su huella registrada.</translation>
    </message>
    <message numerus="yes">
        <source>%n stored credential(s) do not match their recorded fingerprint.</source>
        <translation>
            <numerusform>%n credencial guardada no coincide con su huella registrada.</numerusform>
            <numerusform>%n credenciales guardadas no coinciden con su huella registrada.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose an auto-lock time from 1 to 240 minutes.</source>
        <translation>Elija un tiempo de bloqueo automático de 1 a 240 minutos.</translation>
    </message>
    <message>
        <source>No credential with the id %1 is in this wallet.</source>
        <translation>No hay ninguna credencial con el id %1 en esta billetera.</translation>
    </message>
    <message>
        <source>The credential&apos;s content does not match its fingerprint, so it was not stored.</source>
        <translation>El contenido de la credencial no coincide con su huella, así que no se guardó.</translation>
    </message>
    <message>
        <source>nothing to verify</source>
        <translation>nada que verificar</translation>
    </message>
    <message>
        <source>This credential is already in your wallet.</source>
        <translation>Esta credencial ya está en su billetera.</translation>
    </message>
    <message>
        <source>A different version of this credential is already in your wallet. Import it again choosing to replace the stored one to update it.</source>
        <translation>Ya hay otra versión de esta credencial en su billetera. Para actualizarla, vuelva a importarla y elija reemplazar la guardada.</translation>
    </message>
    <message>
        <source>The stored record of this credential cannot be read.</source>
        <translation>No se puede leer el registro guardado de esta credencial.</translation>
    </message>
    <message numerus="yes">
        <source>%n imported</source>
        <translation>
            <numerusform>%n importada</numerusform>
            <numerusform>%n importadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n actualizada</numerusform>
            <numerusform>%n actualizadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in your wallet</source>
        <translation>
            <numerusform>%n ya estaba en su billetera</numerusform>
            <numerusform>%n ya estaban en su billetera</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with an update available</source>
        <translation>
            <numerusform>%n con una actualización disponible</numerusform>
            <numerusform>%n con una actualización disponible</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be imported</source>
        <translation>
            <numerusform>%n no se pudo importar</numerusform>
            <numerusform>%n no se pudieron importar</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>No se importó nada.</translation>
    </message>
    <message>
        <source>The import was stopped after %1 of %2 inputs; what was imported before that is kept.</source>
        <translation>La importación se detuvo después de %1 de %2 entradas; se conserva lo que se importó hasta entonces.</translation>
    </message>
    <message>
        <source>The input is larger than %1 MiB, too large to import.</source>
        <translation>La entrada ocupa más de %1 MiB, demasiado para importarla.</translation>
    </message>
    <message>
        <source>Standard input could not be read.</source>
        <translation>No se pudo leer la entrada estándar.</translation>
    </message>
    <message numerus="yes">
        <source>%n database page(s) failed their authentication check.</source>
        <translation>
            <numerusform>%n página de la base de datos no superó su comprobación de autenticidad.</numerusform>
            <numerusform>%n páginas de la base de datos no superaron su comprobación de autenticidad.</numerusform>
        </translation>
    </message>
    <message>
        <source>not checked yet</source>
        <translation>aún sin comprobar</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>verificada</translation>
    </message>
    <message>
        <source>NOT verified</source>
        <translation>NO verificada</translation>
    </message>
    <message>
        <source>partly verified</source>
        <translation>verificada en parte</translation>
    </message>
    <message>
        <source>Only your own entries can be edited; a credential stays as its issuer made it.</source>
        <translation>Solo se pueden editar sus propias entradas; una credencial se mantiene tal como la creó su emisor.</translation>
    </message>
    <message>
        <source>The same entry is already in your wallet.</source>
        <translation>La misma entrada ya está en su billetera.</translation>
    </message>
    <message>
        <source>Could not open the wallet folder.</source>
        <translation>No se pudo abrir la carpeta de la billetera.</translation>
    </message>
    <message>
        <source>The wallet&apos;s key is being replaced in another window or command. Try again when that is done.</source>
        <translation>La clave de la billetera se está reemplazando en otra ventana u orden. Vuelva a intentarlo cuando termine.</translation>
    </message>
    <message>
        <source>The wallet database is closed.</source>
        <translation>La base de datos de la billetera está cerrada.</translation>
    </message>
    <message>
        <source>Could not create %1.</source>
        <translation>No se pudo crear %1.</translation>
    </message>
    <message>
        <source>The disk is full: the wallet could not save this change. What was saved before is kept. Free some space and try again.</source>
        <translation>El disco está lleno: la billetera no pudo guardar este cambio. Lo guardado antes se conserva. Libere espacio y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The wallet folder cannot be written to (it is read-only, or you may not change it). Nothing was changed.</source>
        <translation>No se puede escribir en la carpeta de la billetera (es de solo lectura o usted no tiene permiso para cambiarla). No se cambió nada.</translation>
    </message>
    <message>
        <source>The wallet could not be written to the disk (%1). What was saved before is kept.</source>
        <translation>No se pudo escribir la billetera en el disco (%1). Lo guardado antes se conserva.</translation>
    </message>
    <message>
        <source>The key is not in the wallet.</source>
        <translation>La clave no está en la billetera.</translation>
    </message>
    <message>
        <source>The key file&apos;s list of keys does not match its seal: it was changed outside LER Wallet.</source>
        <translation>La lista de claves del archivo de claves no coincide con su sello: se modificó fuera de LER Wallet.</translation>
    </message>
    <message>
        <source>The key file is not sealed yet.</source>
        <translation>El archivo de claves todavía no está sellado.</translation>
    </message>
    <message>
        <source>The key file is sealed, readable and has a passphrase and a recovery code.</source>
        <translation>El archivo de claves está sellado, se puede leer y tiene una frase de contraseña y un código de recuperación.</translation>
    </message>
    <message>
        <source>The wallet&apos;s key file was changed outside LER Wallet: its list of keys does not match its seal. Restore the key file from a backup.</source>
        <translation>El archivo de claves de la billetera se modificó fuera de LER Wallet: su lista de claves no coincide con su sello. Restaure el archivo de claves desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>Another LER Wallet window or command is changing this wallet&apos;s keys. Try again in a moment.</source>
        <translation>Otra ventana u orden de LER Wallet está cambiando las claves de esta billetera. Vuelva a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>Could not write beside the wallet&apos;s key file (the disk may be full, or the folder read-only). Nothing was changed.</source>
        <translation>No se pudo escribir junto al archivo de claves de la billetera (puede que el disco esté lleno o la carpeta sea de solo lectura). No se cambió nada.</translation>
    </message>
    <message>
        <source>Could not finish replacing the wallet key (%1).</source>
        <translation>No se pudo terminar de reemplazar la clave de la billetera (%1).</translation>
    </message>
    <message>
        <source>Could not create the new key.</source>
        <translation>No se pudo crear la nueva clave.</translation>
    </message>
    <message>
        <source>The copy of the wallet under the new key is incomplete.</source>
        <translation>La copia de la billetera con la nueva clave está incompleta.</translation>
    </message>
    <message>
        <source>Could not write the copy of the wallet to disk.</source>
        <translation>No se pudo escribir en el disco la copia de la billetera.</translation>
    </message>
    <message>
        <source>The key replacement was interrupted.</source>
        <translation>Se interrumpió el reemplazo de la clave.</translation>
    </message>
    <message>
        <source>This wallet is open in another window or command. Close it there, then replace the key.</source>
        <translation>Esta billetera está abierta en otra ventana u orden. Ciérrela allí y luego reemplace la clave.</translation>
    </message>
    <message>
        <source>The passphrase is not right. Nothing was changed.</source>
        <translation>La frase de contraseña no es correcta. No se cambió nada.</translation>
    </message>
    <message>
        <source>The new key is saved, but the wallet could not switch to it yet. Lock the wallet and open it again with your passphrase to finish.</source>
        <translation>La nueva clave está guardada, pero la billetera aún no pudo pasar a usarla. Bloquee la billetera y vuelva a abrirla con su frase de contraseña para terminar.</translation>
    </message>
    <message>
        <source>The wallet is open in another window or command. Close it there first.</source>
        <translation>La billetera está abierta en otra ventana u orden. Ciérrela allí primero.</translation>
    </message>
    <message>
        <source>Could not delete the wallet&apos;s key file.</source>
        <translation>No se pudo eliminar el archivo de claves de la billetera.</translation>
    </message>
    <message>
        <source>Choose from 0 to 1000 new records (0: no reminder).</source>
        <translation>Elija de 0 a 1000 registros nuevos (0: sin recordatorio).</translation>
    </message>
    <message>
        <source>Choose from 0 to 365 days (0: no reminder).</source>
        <translation>Elija de 0 a 365 días (0: sin recordatorio).</translation>
    </message>
    <message>
        <source>Choose a clipboard time from 0 to 600 seconds.</source>
        <translation>Elija un tiempo de portapapeles de 0 a 600 segundos.</translation>
    </message>
    <message>
        <source>Write the name in 100 characters or fewer.</source>
        <translation>Escriba el nombre en 100 caracteres o menos.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>could not seal the key file</source>
        <translation>no se pudo sellar el archivo de claves</translation>
    </message>
    <message>
        <source>refusing to write an unsealed key file</source>
        <translation>no se escribirá un archivo de claves sin sellar</translation>
    </message>
    <message>
        <source>out of secure memory</source>
        <translation>no queda memoria protegida</translation>
    </message>
    <message>
        <source>database key must be 32 bytes</source>
        <translation>la clave de la base de datos debe tener 32 bytes</translation>
    </message>
    <message>
        <source>a database already exists here</source>
        <translation>ya existe una base de datos aquí</translation>
    </message>
    <message>
        <source>no wallet to delete</source>
        <translation>no hay ninguna billetera que eliminar</translation>
    </message>
    <message>
        <source>The time to store is not valid.</source>
        <translation>La fecha y hora que se va a guardar no es válida.</translation>
    </message>
    <message>
        <source>A verification result must name its credential.</source>
        <translation>Un resultado de verificación debe indicar su credencial.</translation>
    </message>
    <message>
        <source>A verification result must have an outcome.</source>
        <translation>Un resultado de verificación debe indicar cómo terminó la comprobación.</translation>
    </message>
    <message>
        <source>An identifier cannot be empty.</source>
        <translation>Un identificador no puede estar vacío.</translation>
    </message>
    <message>
        <source>An identifier must be an e-mail address, a DID or a web address.</source>
        <translation>Un identificador debe ser una dirección de correo electrónico, un DID o una dirección web.</translation>
    </message>
    <message>
        <source>This identifier is not in the wallet.</source>
        <translation>Este identificador no está en la billetera.</translation>
    </message>
    <message>
        <source>A trusted key set cannot be empty.</source>
        <translation>Un conjunto de claves de confianza no puede estar vacío.</translation>
    </message>
    <message>
        <source>This trusted key is not in the wallet.</source>
        <translation>Esta clave de confianza no está en la billetera.</translation>
    </message>
</context>
<context>
    <name>ler::text</name>
    <message>
        <source>Open Badge from %1</source>
        <translation>Open Badge de %1</translation>
    </message>
    <message>
        <source>Open Badge</source>
        <translation>Open Badge</translation>
    </message>
    <message>
        <source>Learner record from %1</source>
        <translation>Registro del estudiante de %1</translation>
    </message>
    <message>
        <source>Learner record</source>
        <translation>Registro del estudiante</translation>
    </message>
    <message>
        <source>College transcript from %1</source>
        <translation>Certificado de estudios universitarios de %1</translation>
    </message>
    <message>
        <source>College transcript</source>
        <translation>Certificado de estudios universitarios</translation>
    </message>
    <message>
        <source>High school transcript from %1</source>
        <translation>Certificado de estudios de secundaria de %1</translation>
    </message>
    <message>
        <source>High school transcript</source>
        <translation>Certificado de estudios de secundaria</translation>
    </message>
    <message>
        <source>Credential from %1</source>
        <translation>Credencial de %1</translation>
    </message>
    <message>
        <source>Untitled credential</source>
        <translation>Credencial sin título</translation>
    </message>
</context>
<context>
    <name>ler::ui::BackupController</name>
    <message>
        <source>Back &amp;up now...</source>
        <translation>Hacer copia de seg&amp;uridad ahora...</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup...</source>
        <translation>&amp;Restaurar desde una copia de seguridad...</translation>
    </message>
    <message>
        <source>Backup reminder</source>
        <translation>Recordatorio de copia de seguridad</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Hacer copia de seguridad ahora</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <source>You have not made a backup of this wallet yet. If this computer breaks or is lost, your records are gone.</source>
        <translation>Todavía no ha hecho una copia de seguridad de esta billetera. Si esta computadora se daña o se pierde, sus registros se perderán.</translation>
    </message>
    <message>
        <source>You added %1 records since your last backup.</source>
        <translation>Ha agregado %1 registros desde su última copia de seguridad.</translation>
    </message>
    <message>
        <source>Your last backup is %1 days old.</source>
        <translation>Su última copia de seguridad tiene %1 días.</translation>
    </message>
</context>
<context>
    <name>ler::ui::BackupDialog</name>
    <message>
        <source>&amp;Back up</source>
        <translation>&amp;Hacer copia de seguridad</translation>
    </message>
    <message>
        <source>Back up your wallet</source>
        <translation>Haga una copia de seguridad de su billetera</translation>
    </message>
    <message>
        <source>A backup is one encrypted file with everything in your wallet: your records, their checks, your own entries, your wallet&apos;s key and what you shared. Keep it somewhere other than this computer, such as a USB stick.</source>
        <translation>Una copia de seguridad es un archivo cifrado con todo lo que hay en su billetera: sus registros, sus comprobaciones, sus propias entradas, la clave de su billetera y lo que ha compartido. Guárdela en un lugar distinto de esta computadora, por ejemplo en una memoria USB.</translation>
    </message>
    <message>
        <source>C&amp;hoose...</source>
        <translation>&amp;Elegir...</translation>
    </message>
    <message>
        <source>Choose a passphrase for the backup. It may differ from your wallet&apos;s. Without it nobody can open the backup, not even you: write it down.</source>
        <translation>Elija una frase de contraseña para la copia de seguridad. Puede ser distinta de la de su billetera. Sin ella nadie puede abrir la copia, ni siquiera usted: anótela.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Backup file:</source>
        <translation>Archivo de copia de seguridad:</translation>
    </message>
    <message>
        <source>Writing the backup. Making its key strong takes a few seconds...</source>
        <translation>Escribiendo la copia de seguridad. Hacer que su clave sea fuerte tarda unos segundos...</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>LER Wallet backup %1</source>
        <translation>Copia de seguridad de LER Wallet %1</translation>
    </message>
    <message>
        <source>Save the backup as</source>
        <translation>Guardar la copia de seguridad como</translation>
    </message>
    <message>
        <source>LER Wallet backups (*.%1)</source>
        <translation>Copias de seguridad de LER Wallet (*.%1)</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Your wallet is backed up&lt;/h3&gt;&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;Records in it: %2. Its size: %3.&lt;/p&gt;&lt;p&gt;Keep the file and its passphrase in different places.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Su billetera tiene copia de seguridad&lt;/h3&gt;&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;Registros que contiene: %2. Tamaño: %3.&lt;/p&gt;&lt;p&gt;Guarde el archivo y su frase de contraseña en lugares distintos.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ler::ui::ChangePassphraseDialog</name>
    <message>
        <source>Set a new passphrase</source>
        <translation>Poner una nueva frase de contraseña</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Cambiar la frase de contraseña</translation>
    </message>
    <message>
        <source>You opened the wallet with your recovery code. Choose a new passphrase; the old one will stop working.</source>
        <translation>Abrió la billetera con su código de recuperación. Elija una nueva frase de contraseña; la anterior dejará de funcionar.</translation>
    </message>
    <message>
        <source>Your records stay as they are; only the passphrase that unlocks them changes. Your recovery code keeps working.</source>
        <translation>Sus registros quedan igual; solo cambia la frase de contraseña que los desbloquea. Su código de recuperación sigue funcionando.</translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation>Frase &amp;actual:</translation>
    </message>
    <message>
        <source>Changing the passphrase...</source>
        <translation>Cambiando la frase de contraseña...</translation>
    </message>
</context>
<context>
    <name>ler::ui::CheckPresentationWindow</name>
    <message>
        <source>The file cannot be read, or is too large.</source>
        <translation>No se puede leer el archivo, o es demasiado grande.</translation>
    </message>
    <message>
        <source>Go online to check issuers&apos; keys and whether credentials were revoked</source>
        <translation>Conectarse a la red para comprobar las claves de los emisores y si las credenciales fueron revocadas</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Comprobar</translation>
    </message>
    <message>
        <source>&amp;Save the report as PDF...</source>
        <translation>&amp;Guardar el informe como PDF...</translation>
    </message>
    <message>
        <source>Check a presentation</source>
        <translation>Comprobar una presentación</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Check a presentation&lt;/h2&gt;Open what the job seeker gave you: a presentation file (.json, .jwt, .sd-jwt), the PDF LER Wallet made, or pictures of its QR codes. You do not need a wallet of your own.</source>
        <translation>&lt;h2&gt;Comprobar una presentación&lt;/h2&gt;Abra lo que le entregó la persona que busca empleo: un archivo de presentación (.json, .jwt, .sd-jwt), el PDF que creó LER Wallet o imágenes de sus códigos QR. No necesita una billetera propia.</translation>
    </message>
    <message>
        <source>&amp;Add files...</source>
        <translation>&amp;Agregar archivos...</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Vaciar</translation>
    </message>
    <message>
        <source>the challenge code you gave the job seeker, if any</source>
        <translation>el código de desafío que le dio a la persona que busca empleo, si lo hay</translation>
    </message>
    <message>
        <source>your domain, as you gave it (for example jobs.example.com)</source>
        <translation>su dominio, tal como lo indicó (por ejemplo jobs.example.com)</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sin límite</translation>
    </message>
    <message>
        <source>The report appears here.</source>
        <translation>El informe aparece aquí.</translation>
    </message>
    <message>
        <source>Your challenge:</source>
        <translation>Su desafío:</translation>
    </message>
    <message>
        <source>Your domain:</source>
        <translation>Su dominio:</translation>
    </message>
    <message>
        <source>Refuse presentations older than:</source>
        <translation>Rechazar presentaciones con más antigüedad que:</translation>
    </message>
    <message>
        <source>Applies when the job seeker set no expiry of their own.</source>
        <translation>Se aplica cuando la persona que busca empleo no fijó su propia fecha de caducidad.</translation>
    </message>
    <message>
        <source>Open a presentation</source>
        <translation>Abrir una presentación</translation>
    </message>
    <message>
        <source>Presentations and QR images (*.json *.jwt *.sd-jwt *.txt *.pdf *.png *.jpg *.jpeg *.gif *.bmp *.webp)</source>
        <translation>Presentaciones e imágenes QR (*.json *.jwt *.sd-jwt *.txt *.pdf *.png *.jpg *.jpeg *.gif *.bmp *.webp)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Checking...</source>
        <translation>Comprobando...</translation>
    </message>
    <message>
        <source>Look at the report before you rely on anything in it.</source>
        <translation>Revise el informe antes de confiar en algo de lo que contiene.</translation>
    </message>
    <message>
        <source>Presentation check report</source>
        <translation>Informe de comprobación de la presentación</translation>
    </message>
    <message>
        <source>Checked with LER Wallet on %1.</source>
        <translation>Comprobado con LER Wallet el %1.</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Guardar el informe</translation>
    </message>
    <message>
        <source>presentation check.pdf</source>
        <translation>comprobación de presentación.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>No se pudo escribir %1.</translation>
    </message>
</context>
<context>
    <name>ler::ui::CheckReport</name>
    <message>
        <source>Verified</source>
        <translation>Verificado</translation>
    </message>
    <message>
        <source>NOT verified</source>
        <translation>NO verificado</translation>
    </message>
    <message>
        <source>Partly verified</source>
        <translation>Verificado en parte</translation>
    </message>
    <message>
        <source>issued by %1 (identified as %2)</source>
        <translation>emitido por %1 (identificado como %2)</translation>
    </message>
    <message>
        <source>issued by %1</source>
        <translation>emitido por %1</translation>
    </message>
    <message>
        <source>Who presented it</source>
        <translation>Quién la presentó</translation>
    </message>
    <message>
        <source>This is a credential on its own, not a presentation: nothing shows that whoever gave it to you is the person it was issued to.</source>
        <translation>Esto es una credencial suelta, no una presentación: nada demuestra que quien se la entregó sea la persona a la que se emitió.</translation>
    </message>
    <message>
        <source>The presentation names no holder.</source>
        <translation>La presentación no indica ningún titular.</translation>
    </message>
    <message>
        <source>Presented and signed by the wallet:</source>
        <translation>Presentada y firmada por la billetera:</translation>
    </message>
    <message>
        <source>It names this wallet, but the wallet&apos;s signature does not hold:</source>
        <translation>Indica esta billetera, pero la firma de la billetera no es válida:</translation>
    </message>
    <message>
        <source>Made for: %1</source>
        <translation>Hecha para: %1</translation>
    </message>
    <message>
        <source>Made on: %1</source>
        <translation>Hecha el: %1</translation>
    </message>
    <message>
        <source>Valid until: %1</source>
        <translation>Válida hasta: %1</translation>
    </message>
    <message>
        <source>The holder set no end date.</source>
        <translation>El titular no fijó ninguna fecha de fin.</translation>
    </message>
    <message numerus="yes">
        <source>Read from %n QR code(s)</source>
        <translation>
            <numerusform>Leída de %n código QR</numerusform>
            <numerusform>Leída de %n códigos QR</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, holding %n signed presentation(s).</source>
        <translation>
            <numerusform>, que contiene %n presentación firmada.</numerusform>
            <numerusform>, que contiene %n presentaciones firmadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>It answers your challenge %1.</source>
        <translation>Responde a su desafío %1.</translation>
    </message>
    <message>
        <source>You gave no challenge: a presentation made for someone else would pass as well. Ask the job seeker for a new one with your challenge if that matters.</source>
        <translation>No indicó ningún desafío: una presentación hecha para otra persona también sería aceptada. Si eso es importante, pida a la persona que busca empleo una nueva con su desafío.</translation>
    </message>
    <message>
        <source>Credential %1</source>
        <translation>Credencial %1</translation>
    </message>
    <message>
        <source>Stated by the person who presented it; no issuer vouches for it.</source>
        <translation>Declarado por la persona que lo presentó; ningún emisor lo respalda.</translation>
    </message>
    <message>
        <source>Verified records</source>
        <translation>Registros verificados</translation>
    </message>
    <message>
        <source>Only self-asserted</source>
        <translation>Solo declarado por la persona</translation>
    </message>
    <message>
        <source>NOT verified records</source>
        <translation>Registros NO verificados</translation>
    </message>
    <message>
        <source>Not checked, and why</source>
        <translation>No comprobado, y por qué</translation>
    </message>
    <message>
        <source>Every check of the presentation</source>
        <translation>Todas las comprobaciones de la presentación</translation>
    </message>
    <message>
        <source>Could not be read</source>
        <translation>No se pudo leer</translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; is the credential&apos;s own: anyone can make an identifier like this one, and nothing else confirms that it belongs to %1.</source>
        <translation>El nombre «%1» lo da la propia credencial: cualquiera puede crear un identificador como este, y nada más confirma que pertenezca a %1.</translation>
    </message>
</context>
<context>
    <name>ler::ui::ClientDialog</name>
    <message>
        <source>&amp;Open the client&apos;s wallet</source>
        <translation>&amp;Abrir la billetera del cliente</translation>
    </message>
    <message>
        <source>C&amp;reate a wallet for the client</source>
        <translation>C&amp;rear una billetera para el cliente</translation>
    </message>
    <message>
        <source>&amp;Start helping</source>
        <translation>&amp;Empezar a ayudar</translation>
    </message>
    <message>
        <source>Help a client</source>
        <translation>Ayudar a un cliente</translation>
    </message>
    <message>
        <source>Open a client&apos;s wallet from their folder, such as a USB stick, or make one there. While it is open the window says whose wallet it is. When you close or lock it, or it locks by itself, nothing of it stays on this computer: it is not added to the list of wallets, no settings are kept and the clipboard is cleared.</source>
        <translation>Abra la billetera de un cliente desde su carpeta, por ejemplo en una memoria USB, o cree una allí. Mientras está abierta, la ventana indica de quién es la billetera. Cuando usted la cierra o la bloquea, o se bloquea sola, no queda nada de ella en esta computadora: no se agrega a la lista de billeteras, no se guarda ninguna configuración y se vacía el portapapeles.</translation>
    </message>
    <message>
        <source>C&amp;hoose...</source>
        <translation>&amp;Elegir...</translation>
    </message>
    <message>
        <source>As the client wants it shown</source>
        <translation>Como el cliente quiere que se muestre</translation>
    </message>
    <message>
        <source>The name is kept only inside the client&apos;s wallet. When you open a wallet that already has one, you may leave this empty.</source>
        <translation>El nombre se guarda solo dentro de la billetera del cliente. Cuando abre una billetera que ya tiene uno, puede dejar esto vacío.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Wallet folder:</source>
        <translation>Carpeta de la billetera:</translation>
    </message>
    <message>
        <source>Client&apos;s name:</source>
        <translation>Nombre del cliente:</translation>
    </message>
    <message>
        <source>The client&apos;s wallet folder</source>
        <translation>La carpeta de la billetera del cliente</translation>
    </message>
    <message>
        <source>Choose the folder of the client&apos;s wallet.</source>
        <translation>Elija la carpeta de la billetera del cliente.</translation>
    </message>
    <message>
        <source>This folder already holds a wallet. Choose to open it instead.</source>
        <translation>Esta carpeta ya contiene una billetera. Elija abrirla.</translation>
    </message>
    <message>
        <source>Write the client&apos;s name, so the window can say whose wallet it is.</source>
        <translation>Escriba el nombre del cliente, para que la ventana pueda indicar de quién es la billetera.</translation>
    </message>
    <message>
        <source>There is no wallet in this folder. Check the folder, or choose to create one.</source>
        <translation>No hay ninguna billetera en esta carpeta. Revise la carpeta o elija crear una.</translation>
    </message>
</context>
<context>
    <name>ler::ui::ClientSessionController</name>
    <message>
        <source>Helping a client</source>
        <translation>Ayudando a un cliente</translation>
    </message>
    <message>
        <source>End the session</source>
        <translation>Terminar la sesión</translation>
    </message>
    <message>
        <source>&lt;b&gt;You are helping a client.&lt;/b&gt; This is their wallet, from %1. Nothing of it stays on this computer when you close it.</source>
        <translation>&lt;b&gt;Está ayudando a un cliente.&lt;/b&gt; Esta es su billetera, de %1. No queda nada de ella en esta computadora cuando la cierra.</translation>
    </message>
    <message>
        <source>&lt;b&gt;You are helping %1.&lt;/b&gt; This is %1&apos;s wallet, from %2. Nothing of it stays on this computer when you close it.</source>
        <translation>&lt;b&gt;Está ayudando a %1.&lt;/b&gt; Esta es la billetera de %1, de %2. No queda nada de ella en esta computadora cuando la cierra.</translation>
    </message>
    <message>
        <source>A client&apos;s wallet - LER Wallet</source>
        <translation>Billetera de un cliente - LER Wallet</translation>
    </message>
    <message>
        <source>%1&apos;s wallet (helping a client) - LER Wallet</source>
        <translation>Billetera de %1 (ayudando a un cliente) - LER Wallet</translation>
    </message>
</context>
<context>
    <name>ler::ui::CreateWalletDialog</name>
    <message>
        <source>Create a wallet</source>
        <translation>Crear una billetera</translation>
    </message>
    <message>
        <source>Your wallet keeps your badges, transcripts and other records encrypted on this computer. Choose a passphrase to lock it. You will need it every time you open the wallet.</source>
        <translation>Su billetera guarda cifrados en esta computadora sus insignias, certificados de estudios y otros registros. Elija una frase de contraseña para protegerla. La necesitará cada vez que abra la billetera.</translation>
    </message>
    <message>
        <source>Wallet folder: %1</source>
        <translation>Carpeta de la billetera: %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>&amp;Create wallet</source>
        <translation>&amp;Crear billetera</translation>
    </message>
    <message>
        <source>Creating your wallet. Making the key strong takes a few seconds...</source>
        <translation>Creando su billetera. Hacer que la clave sea fuerte tarda unos segundos...</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Your recovery code&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Su código de recuperación&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>If you forget your passphrase, this code is the only way back into your wallet. Write it down or print it now, and keep it away from this computer. It will not be shown again.</source>
        <translation>Si olvida su frase de contraseña, este código es la única forma de volver a entrar en su billetera. Anótelo o imprímalo ahora y guárdelo lejos de esta computadora. No se volverá a mostrar.</translation>
    </message>
    <message>
        <source>I have written down or printed my recovery code</source>
        <translation>Ya anoté o imprimí mi código de recuperación</translation>
    </message>
    <message>
        <source>&amp;Open my wallet</source>
        <translation>&amp;Abrir mi billetera</translation>
    </message>
</context>
<context>
    <name>ler::ui::DeleteWalletDialog</name>
    <message>
        <source>I understand that this cannot be undone</source>
        <translation>Entiendo que esto no se puede deshacer</translation>
    </message>
    <message>
        <source>&amp;Delete the wallet</source>
        <translation>&amp;Eliminar la billetera</translation>
    </message>
    <message>
        <source>Delete a wallet</source>
        <translation>Eliminar una billetera</translation>
    </message>
    <message>
        <source>&lt;p&gt;Delete the wallet &lt;b&gt;%1&lt;/b&gt; in %2?&lt;/p&gt;&lt;p&gt;Type its passphrase to continue: you will then see what would be lost.&lt;/p&gt;</source>
        <translation>&lt;p&gt;¿Eliminar la billetera &lt;b&gt;%1&lt;/b&gt; de %2?&lt;/p&gt;&lt;p&gt;Escriba su frase de contraseña para continuar: luego verá lo que se perdería.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation>C&amp;ontinuar</translation>
    </message>
    <message>
        <source>Opening the wallet...</source>
        <translation>Abriendo la billetera...</translation>
    </message>
    <message>
        <source>&amp;Keep the wallet</source>
        <translation>&amp;Conservar la billetera</translation>
    </message>
    <message>
        <source>%1 records, %2 of them your own entries</source>
        <translation>%1 registros, %2 de ellos entradas suyas</translation>
    </message>
    <message>
        <source>%1 entries of your sharing history</source>
        <translation>%1 entradas de su historial de lo compartido</translation>
    </message>
    <message>
        <source>your wallet&apos;s own key: presentations you made with it can no longer be shown to be yours</source>
        <translation>la clave propia de su billetera: ya no se podrá demostrar que las presentaciones que hizo con ella son suyas</translation>
    </message>
    <message>
        <source>Your last backup of it was made on %1; what was added since is lost.</source>
        <translation>Su última copia de seguridad de ella se hizo el %1; lo agregado desde entonces se pierde.</translation>
    </message>
    <message>
        <source>You have never made a backup of it: nothing of it can be brought back.</source>
        <translation>Nunca ha hecho una copia de seguridad de ella: no se podrá recuperar nada.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Deleting this wallet loses, for good:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;%1&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;Only the wallet&apos;s own files are deleted; anything else in its folder stays.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Al eliminar esta billetera se pierde para siempre:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;%1&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;Solo se eliminan los archivos propios de la billetera; todo lo demás de su carpeta se conserva.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ler::ui::DisclosurePage</name>
    <message>
        <source>Choose what to show inside each record</source>
        <translation>Elija qué mostrar dentro de cada registro</translation>
    </message>
    <message>
        <source>Some credentials let you show single facts and keep the rest hidden. Others were signed as one piece and can only be shared whole.</source>
        <translation>Algunas credenciales le permiten mostrar datos sueltos y mantener ocultos los demás. Otras se firmaron como una sola pieza y solo se pueden compartir completas.</translation>
    </message>
    <message>
        <source>Reading the records you chose...</source>
        <translation>Leyendo los registros que eligió...</translation>
    </message>
    <message>
        <source>This credential has no claims you can hide: it is shared as issued.</source>
        <translation>Esta credencial no tiene datos que pueda ocultar: se comparte tal como se emitió.</translation>
    </message>
    <message>
        <source>Go back and untick these records to continue.</source>
        <translation>Vuelva atrás y desmarque estos registros para continuar.</translation>
    </message>
</context>
<context>
    <name>ler::ui::EntryDialog</name>
    <message>
        <source>Add your own entry</source>
        <translation>Añadir una entrada propia</translation>
    </message>
    <message>
        <source>e.g. Warehouse associate</source>
        <translation>p. ej., Auxiliar de almacén</translation>
    </message>
    <message>
        <source>e.g. Riverside Logistics</source>
        <translation>p. ej., Riverside Logistics</translation>
    </message>
    <message>
        <source>2024-05-31, 2024-05 or 2024</source>
        <translation>2024-05-31, 2024-05 o 2024</translation>
    </message>
    <message>
        <source>Entries you add yourself are marked as self-asserted wherever they appear, so employers know no one else has vouched for them.</source>
        <translation>Las entradas que añade usted se marcan como declaradas por usted dondequiera que aparezcan, para que los empleadores sepan que nadie más las ha avalado.</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation>&amp;Organización:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <source>&amp;Started:</source>
        <translation>Fecha de &amp;inicio:</translation>
    </message>
    <message>
        <source>&amp;Ended:</source>
        <translation>Fecha de &amp;fin:</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Lugar:</translation>
    </message>
    <message>
        <source>&amp;Link:</source>
        <translation>E&amp;nlace:</translation>
    </message>
    <message>
        <source>Write dates like 2024-05-31, 2024-05 or 2024.</source>
        <translation>Escriba las fechas así: 2024-05-31, 2024-05 o 2024.</translation>
    </message>
    <message>
        <source>Edit your entry</source>
        <translation>Editar su entrada</translation>
    </message>
</context>
<context>
    <name>ler::ui::ExportDialog</name>
    <message>
        <source>the issuer&apos;s signature</source>
        <translation>la firma del emisor</translation>
    </message>
    <message>
        <source>the credential itself</source>
        <translation>la credencial en sí</translation>
    </message>
    <message>
        <source>the frameworks of its skills</source>
        <translation>los marcos de sus competencias</translation>
    </message>
    <message>
        <source>its evidence</source>
        <translation>sus evidencias</translation>
    </message>
    <message>
        <source>its courses</source>
        <translation>sus cursos</translation>
    </message>
    <message>
        <source>Make a résumé</source>
        <translation>Crear un currículum</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>&amp;LER-RS (HR Open Standards), for employers&apos; systems</source>
        <translation>&amp;LER-RS (HR Open Standards), para los sistemas de los empleadores</translation>
    </message>
    <message>
        <source>LER-RS &amp;signed by your wallet</source>
        <translation>LER-RS &amp;firmado por su billetera</translation>
    </message>
    <message>
        <source>&amp;JSON Resume</source>
        <translation>&amp;JSON Resume</translation>
    </message>
    <message>
        <source>&amp;PDF to print or send, with a QR code to check each credential</source>
        <translation>&amp;PDF para imprimir o enviar, con un código QR para comprobar cada credencial</translation>
    </message>
    <message>
        <source>JSON Resume has no place for the issuers&apos; signatures, the frameworks of skills or evidence: the file says what you did, but an employer cannot check it.</source>
        <translation>JSON Resume no tiene lugar para las firmas de los emisores, los marcos de competencias ni las evidencias: el archivo dice lo que usted hizo, pero un empleador no puede comprobarlo.</translation>
    </message>
    <message>
        <source>Each credential that fits gets a QR code an employer can scan to check it.</source>
        <translation>Cada credencial que cabe recibe un código QR que un empleador puede escanear para comprobarla.</translation>
    </message>
    <message>
        <source>Each Open Badge and CLR goes in unchanged, so the employer&apos;s system can check it.</source>
        <translation>Cada Open Badge y CLR se incluye sin cambios, para que el sistema del empleador pueda comprobarlo.</translation>
    </message>
    <message>
        <source>Records to include</source>
        <translation>Registros que incluir</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>Seleccionar &amp;todo</translation>
    </message>
    <message>
        <source>Select &amp;none</source>
        <translation>Seleccionar &amp;nada</translation>
    </message>
    <message>
        <source>Records (only these leave the wallet)</source>
        <translation>Registros (solo estos salen de la billetera)</translation>
    </message>
    <message>
        <source>About you</source>
        <translation>Sobre usted</translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation>&amp;Apellidos:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Correo electrónico:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Teléfono:</translation>
    </message>
    <message>
        <source>&amp;Where you live:</source>
        <translation>&amp;Lugar de residencia:</translation>
    </message>
    <message>
        <source>&amp;Headline:</source>
        <translation>&amp;Titular profesional:</translation>
    </message>
    <message>
        <source>S&amp;ummary:</source>
        <translation>&amp;Resumen:</translation>
    </message>
    <message>
        <source>Also include (left out unless you tick them)</source>
        <translation>Incluir también (se omiten si no los marca)</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Género</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>Origen étnico</translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation>Ciudadanía</translation>
    </message>
    <message>
        <source>Legal ID number</source>
        <translation>Número de identificación oficial</translation>
    </message>
    <message>
        <source>&amp;Save...</source>
        <translation>&amp;Guardar...</translation>
    </message>
    <message>
        <source>Tick at least one record to put in the résumé.</source>
        <translation>Marque al menos un registro para incluirlo en el currículum.</translation>
    </message>
    <message>
        <source>resume</source>
        <translation>curriculum</translation>
    </message>
    <message>
        <source>Save the résumé</source>
        <translation>Guardar el currículum</translation>
    </message>
    <message numerus="yes">
        <source>...and %n more.</source>
        <translation>
            <numerusform>...y %n más.</numerusform>
            <numerusform>...y %n más.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>What JSON Resume leaves out</source>
        <translation>Lo que JSON Resume omite</translation>
    </message>
    <message>
        <source>JSON Resume cannot carry these; the file will not have them:</source>
        <translation>JSON Resume no puede incluir esto; el archivo no lo tendrá:</translation>
    </message>
    <message>
        <source>The file %1 could not be written.</source>
        <translation>No se pudo escribir el archivo %1.</translation>
    </message>
</context>
<context>
    <name>ler::ui::ImportController</name>
    <message>
        <source>No credential files were found in %1.</source>
        <translation>No se encontraron archivos de credenciales en %1.</translation>
    </message>
    <message>
        <source>There is no text to import. Copy a credential (JSON, JWT or SD-JWT) first.</source>
        <translation>No hay texto para importar. Primero copie una credencial (JSON, JWT o SD-JWT).</translation>
    </message>
    <message>
        <source>That is not a web address. It should start with https://</source>
        <translation>Eso no es una dirección web. Debe empezar por https://</translation>
    </message>
    <message>
        <source>Importing...</source>
        <translation>Importando...</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
</context>
<context>
    <name>ler::ui::ImportResultDialog</name>
    <message>
        <source>Imported</source>
        <translation>Importado</translation>
    </message>
    <message>
        <source>Already in your wallet</source>
        <translation>Ya estaba en su billetera</translation>
    </message>
    <message>
        <source>Newer version</source>
        <translation>Versión más nueva</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizado</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>No importado</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Importación terminada</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message numerus="yes">
        <source>With %n credential(s) inside.</source>
        <translation>
            <numerusform>Con %n credencial incluida.</numerusform>
            <numerusform>Con %n credenciales incluidas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Use the newer versions</source>
        <translation>Usar las versiones más nuevas</translation>
    </message>
</context>
<context>
    <name>ler::ui::MainWindow</name>
    <message>
        <source>LER Wallet</source>
        <translation>LER Wallet</translation>
    </message>
    <message>
        <source>Locked after a period of inactivity.</source>
        <translation>Bloqueada tras un periodo de inactividad.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;New wallet in a folder...</source>
        <translation>&amp;Nueva billetera en una carpeta...</translation>
    </message>
    <message>
        <source>&amp;Open wallet folder...</source>
        <translation>&amp;Abrir carpeta de billetera...</translation>
    </message>
    <message>
        <source>&amp;Lock wallet</source>
        <translation>&amp;Bloquear billetera</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Wallet</source>
        <translation>&amp;Billetera</translation>
    </message>
    <message>
        <source>Change &amp;passphrase...</source>
        <translation>Cambiar la &amp;frase de contraseña...</translation>
    </message>
    <message>
        <source>New &amp;recovery code...</source>
        <translation>Nuevo código de &amp;recuperación...</translation>
    </message>
    <message>
        <source>&amp;Check wallet integrity</source>
        <translation>&amp;Comprobar la integridad de la billetera</translation>
    </message>
    <message>
        <source>&amp;Settings...</source>
        <translation>&amp;Ajustes...</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About LER Wallet</source>
        <translation>&amp;Acerca de LER Wallet</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Open a wallet folder</source>
        <translation>Abrir una carpeta de billetera</translation>
    </message>
    <message>
        <source>No wallet here</source>
        <translation>Aquí no hay billetera</translation>
    </message>
    <message>
        <source>There is no wallet in %1. Create a new wallet in this folder?</source>
        <translation>No hay ninguna billetera en %1. ¿Crear una nueva billetera en esta carpeta?</translation>
    </message>
    <message>
        <source>Choose an empty folder for the new wallet</source>
        <translation>Elija una carpeta vacía para la nueva billetera</translation>
    </message>
    <message>
        <source>A wallet is already here</source>
        <translation>Ya hay una billetera aquí</translation>
    </message>
    <message>
        <source>%1 already holds a wallet. Open it instead.</source>
        <translation>%1 ya contiene una billetera. Ábrala en su lugar.</translation>
    </message>
    <message>
        <source>Opened with your recovery code</source>
        <translation>Abierta con su código de recuperación</translation>
    </message>
    <message>
        <source>Choose a new passphrase now, so you can open the wallet next time.</source>
        <translation>Elija ahora una nueva frase de contraseña para poder abrir la billetera la próxima vez.</translation>
    </message>
    <message>
        <source>The passphrase was changed.</source>
        <translation>Se cambió la frase de contraseña.</translation>
    </message>
    <message>
        <source>New recovery code</source>
        <translation>Nuevo código de recuperación</translation>
    </message>
    <message>
        <source>Make a new recovery code? The old one stops working at once. You will see the new code once.</source>
        <translation>¿Crear un nuevo código de recuperación? El anterior deja de funcionar de inmediato. Verá el código nuevo una sola vez.</translation>
    </message>
    <message>
        <source>Your new recovery code</source>
        <translation>Su nuevo código de recuperación</translation>
    </message>
    <message>
        <source>Write it down or print it now; it will not be shown again.

%1</source>
        <translation>Anótelo o imprímalo ahora; no se volverá a mostrar.

%1</translation>
    </message>
    <message>
        <source>Print...</source>
        <translation>Imprimir...</translation>
    </message>
    <message>
        <source>Checking the wallet...</source>
        <translation>Comprobando la billetera...</translation>
    </message>
    <message>
        <source>Wallet check</source>
        <translation>Comprobación de la billetera</translation>
    </message>
    <message>
        <source>Your wallet is intact.</source>
        <translation>Su billetera está intacta.</translation>
    </message>
    <message>
        <source>Your wallet has problems. Restore it from a backup if you have one.</source>
        <translation>Su billetera tiene problemas. Restáurela desde una copia de seguridad si tiene una.</translation>
    </message>
    <message>
        <source>About LER Wallet</source>
        <translation>Acerca de LER Wallet</translation>
    </message>
    <message>
        <source>&lt;h3&gt;LER Wallet %1&lt;/h3&gt;&lt;p&gt;Keeps your Learning and Employment Record (badges, transcripts, certificates and work history) encrypted on this computer, checks that credentials are genuine, and shares only what you choose.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;LER Wallet %1&lt;/h3&gt;&lt;p&gt;Guarda cifrado en esta computadora su registro de aprendizaje y empleo (insignias, certificados de estudios, certificaciones e historial laboral), comprueba que las credenciales son auténticas y comparte solo lo que usted elija.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Import files...</source>
        <translation>&amp;Importar archivos...</translation>
    </message>
    <message>
        <source>Import a &amp;folder...</source>
        <translation>Importar una &amp;carpeta...</translation>
    </message>
    <message>
        <source>Import from a &amp;QR code image...</source>
        <translation>Importar desde una imagen con código &amp;QR...</translation>
    </message>
    <message>
        <source>Import from a &amp;web address...</source>
        <translation>Importar desde una dirección &amp;web...</translation>
    </message>
    <message>
        <source>&amp;Paste a credential</source>
        <translation>Pe&amp;gar una credencial</translation>
    </message>
    <message>
        <source>Add your own &amp;entry...</source>
        <translation>Añadir una &amp;entrada propia...</translation>
    </message>
    <message>
        <source>&amp;Delete the selected record...</source>
        <translation>E&amp;liminar el registro seleccionado...</translation>
    </message>
    <message>
        <source>Import credentials</source>
        <translation>Importar credenciales</translation>
    </message>
    <message>
        <source>Import every credential in a folder</source>
        <translation>Importar todas las credenciales de una carpeta</translation>
    </message>
    <message>
        <source>Import from a QR code image</source>
        <translation>Importar desde una imagen con código QR</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.gif *.webp)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg *.bmp *.gif *.webp)</translation>
    </message>
    <message>
        <source>Import from a web address</source>
        <translation>Importar desde una dirección web</translation>
    </message>
    <message>
        <source>The web address of a hosted badge (https://...):</source>
        <translation>La dirección web de una insignia publicada en internet (https://...):</translation>
    </message>
    <message>
        <source>Add your own entry</source>
        <translation>Añadir una entrada propia</translation>
    </message>
    <message>
        <source>Added &quot;%1&quot; as a self-asserted entry.</source>
        <translation>Se añadió &quot;%1&quot; como entrada declarada por usted.</translation>
    </message>
    <message>
        <source>Delete record</source>
        <translation>Eliminar registro</translation>
    </message>
    <message>
        <source>Check &amp;all records again</source>
        <translation>Volver a comprobar &amp;todos los registros</translation>
    </message>
    <message>
        <source>&amp;Trusted issuers and your identifiers...</source>
        <translation>E&amp;misores de confianza y sus identificadores...</translation>
    </message>
    <message>
        <source>Locked because the computer was locked or went to sleep.</source>
        <translation>Bloqueada porque la computadora se bloqueó o entró en suspensión.</translation>
    </message>
    <message>
        <source>Make a ré&amp;sumé...</source>
        <translation>Crear un currícu&amp;lum...</translation>
    </message>
    <message>
        <source>&amp;Share records...</source>
        <translation>&amp;Compartir registros...</translation>
    </message>
    <message>
        <source>Chec&amp;k a presentation...</source>
        <translation>Comp&amp;robar una presentación...</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>As &amp;cards</source>
        <translation>Como &amp;tarjetas</translation>
    </message>
    <message>
        <source>As a &amp;timeline</source>
        <translation>Como &amp;cronología</translation>
    </message>
    <message>
        <source>&amp;All records</source>
        <translation>&amp;Todos los registros</translation>
    </message>
    <message>
        <source>&amp;Education</source>
        <translation>&amp;Educación</translation>
    </message>
    <message>
        <source>T&amp;raining</source>
        <translation>&amp;Formación</translation>
    </message>
    <message>
        <source>&amp;Work</source>
        <translation>&amp;Trabajo</translation>
    </message>
    <message>
        <source>&amp;Badges and certifications</source>
        <translation>&amp;Insignias y certificaciones</translation>
    </message>
    <message>
        <source>&amp;Licenses</source>
        <translation>&amp;Licencias</translation>
    </message>
    <message>
        <source>S&amp;kills</source>
        <translation>Com&amp;petencias</translation>
    </message>
    <message>
        <source>C&amp;ollections</source>
        <translation>C&amp;olecciones</translation>
    </message>
    <message>
        <source>S&amp;hared</source>
        <translation>Co&amp;mpartido</translation>
    </message>
    <message>
        <source>Sharing &amp;history...</source>
        <translation>&amp;Historial de lo compartido...</translation>
    </message>
    <message>
        <source>Replace the wallet &amp;key...</source>
        <translation>Reemplazar la &amp;clave de la billetera...</translation>
    </message>
    <message>
        <source>Cop&amp;y your wallet ID</source>
        <translation>Cop&amp;iar el ID de su billetera</translation>
    </message>
    <message>
        <source>Your wallet ID</source>
        <translation>El ID de su billetera</translation>
    </message>
    <message>
        <source>Credentials (%1)</source>
        <translation>Credenciales (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Edit your entry</source>
        <translation>Editar su entrada</translation>
    </message>
    <message>
        <source>Your entry was saved.</source>
        <translation>Se guardó su entrada.</translation>
    </message>
    <message numerus="yes">
        <source>Copied. The clipboard is cleared in %n second(s).</source>
        <translation>
            <numerusform>Copiado. El portapapeles se vaciará en %n segundo.</numerusform>
            <numerusform>Copiado. El portapapeles se vaciará en %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation>Copiado.</translation>
    </message>
    <message>
        <source>Save the original</source>
        <translation>Guardar el original</translation>
    </message>
    <message>
        <source>The file %1 could not be written.</source>
        <translation>No se pudo escribir el archivo %1.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Se guardó %1.</translation>
    </message>
    <message numerus="yes">
        <source>Delete &quot;%1&quot; from your wallet? The %n credential(s) inside it go too. This cannot be undone.</source>
        <translation>
            <numerusform>¿Eliminar &quot;%1&quot; de su billetera? También se eliminará la %n credencial que contiene. Esto no se puede deshacer.</numerusform>
            <numerusform>¿Eliminar &quot;%1&quot; de su billetera? También se eliminarán las %n credenciales que contiene. Esto no se puede deshacer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot; from your wallet? This cannot be undone.</source>
        <translation>¿Eliminar &quot;%1&quot; de su billetera? Esto no se puede deshacer.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>The record was deleted.</source>
        <translation>Se eliminó el registro.</translation>
    </message>
    <message>
        <source>The wallet key was replaced.</source>
        <translation>Se reemplazó la clave de la billetera.</translation>
    </message>
    <message>
        <source>Shared. It is in your sharing history.</source>
        <translation>Compartido. Está en su historial de lo compartido.</translation>
    </message>
    <message>
        <source>Saved %1. It is in your sharing history.</source>
        <translation>Se guardó %1. Está en su historial de lo compartido.</translation>
    </message>
    <message>
        <source>Sharing history</source>
        <translation>Historial de lo compartido</translation>
    </message>
</context>
<context>
    <name>ler::ui::PassphraseFields</name>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <source>Type it &amp;again:</source>
        <translation>Escríbala &amp;otra vez:</translation>
    </message>
    <message>
        <source>Use at least %1 characters. A few unrelated words are easy to remember and hard to guess.</source>
        <translation>Use al menos %1 caracteres. Unas cuantas palabras sin relación entre sí son fáciles de recordar y difíciles de adivinar.</translation>
    </message>
    <message>
        <source>Fair. A longer passphrase would be safer.</source>
        <translation>Aceptable. Una frase más larga sería más segura.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>Fuerte.</translation>
    </message>
    <message>
        <source>Very strong.</source>
        <translation>Muy fuerte.</translation>
    </message>
    <message>
        <source>The two passphrases do not match yet.</source>
        <translation>Las dos frases todavía no coinciden.</translation>
    </message>
</context>
<context>
    <name>ler::ui::PresentText</name>
    <message>
        <source>Your wallet has not verified it yet.</source>
        <translation>Su billetera todavía no lo ha verificado.</translation>
    </message>
    <message>
        <source>It did NOT pass verification when your wallet last checked it.</source>
        <translation>NO superó la verificación la última vez que su billetera lo comprobó.</translation>
    </message>
    <message>
        <source>Your wallet could only partly verify it.</source>
        <translation>Su billetera solo pudo verificarlo en parte.</translation>
    </message>
    <message>
        <source>It has expired.</source>
        <translation>Ha caducado.</translation>
    </message>
    <message>
        <source>It is not valid yet.</source>
        <translation>Todavía no es válido.</translation>
    </message>
    <message>
        <source>Nothing ties its signing key to the issuer it names, so the issuer is unknown.</source>
        <translation>Nada vincula su clave de firma con el emisor que indica, así que el emisor es desconocido.</translation>
    </message>
    <message>
        <source>It carries no signature of its own, so it cannot be verified.</source>
        <translation>No tiene firma propia, así que no se puede verificar.</translation>
    </message>
    <message>
        <source>It is your own entry: the recipient sees it as stated by you, not by an issuer.</source>
        <translation>Es una entrada suya: el destinatario la ve como declarada por usted, no por un emisor.</translation>
    </message>
    <message>
        <source>Shared whole. The issuer&apos;s signature covers the whole record as one piece: leaving any part out would break the signature, so the recipient sees all of it.</source>
        <translation>Se comparte completo. La firma del emisor cubre todo el registro como una sola pieza: omitir cualquier parte invalidaría la firma, así que el destinatario lo ve todo.</translation>
    </message>
    <message>
        <source>Your own entry. Your wallet issues it as a credential signed with your wallet&apos;s key, marked self-asserted.</source>
        <translation>Entrada suya. Su billetera la emite como una credencial firmada con la clave de su billetera, marcada como declarada por usted.</translation>
    </message>
    <message>
        <source>You choose what to show. Claims you do not tick stay hidden; the recipient cannot see them.</source>
        <translation>Usted elige qué mostrar. Los datos que no marque quedan ocultos; el destinatario no puede verlos.</translation>
    </message>
    <message>
        <source>issued %1</source>
        <translation>emitido el %1</translation>
    </message>
    <message>
        <source>valid from %1</source>
        <translation>válido desde el %1</translation>
    </message>
    <message>
        <source>valid until %1</source>
        <translation>válido hasta el %1</translation>
    </message>
    <message>
        <source>Nothing to verify: it is your own entry.</source>
        <translation>Nada que verificar: es una entrada suya.</translation>
    </message>
    <message>
        <source>Verified by your wallet on %1.</source>
        <translation>Verificado por su billetera el %1.</translation>
    </message>
    <message>
        <source>Partly verified by your wallet on %1.</source>
        <translation>Verificado en parte por su billetera el %1.</translation>
    </message>
    <message>
        <source>NOT verified when your wallet checked it on %1.</source>
        <translation>NO verificado cuando su billetera lo comprobó el %1.</translation>
    </message>
    <message>
        <source>It carries nothing that can be verified.</source>
        <translation>No contiene nada que se pueda verificar.</translation>
    </message>
    <message>
        <source>Not checked by your wallet yet.</source>
        <translation>Su billetera todavía no lo ha comprobado.</translation>
    </message>
    <message>
        <source>What the recipient will see</source>
        <translation>Lo que verá el destinatario</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Firmado por</translation>
    </message>
    <message>
        <source>your wallet ID %1</source>
        <translation>el ID de su billetera %1</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>no recipient named: anyone may use it</source>
        <translation>no se indica destinatario: cualquiera puede usarla</translation>
    </message>
    <message>
        <source>Challenge</source>
        <translation>Desafío</translation>
    </message>
    <message>
        <source>%1 (made by your wallet)</source>
        <translation>%1 (creado por su billetera)</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Válida hasta</translation>
    </message>
    <message>
        <source>no end date (the recipient decides how old is too old)</source>
        <translation>sin fecha de fin (el destinatario decide qué antigüedad es excesiva)</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>de %1</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>Shown:</source>
        <translation>Se muestra:</translation>
    </message>
    <message>
        <source>Hidden:</source>
        <translation>Se oculta:</translation>
    </message>
    <message>
        <source>Your wallet adds proof that this credential is yours (key binding).</source>
        <translation>Su billetera agrega una prueba de que esta credencial es suya (vinculación de clave).</translation>
    </message>
    <message>
        <source>Warning:</source>
        <translation>Advertencia:</translation>
    </message>
    <message>
        <source>Records with a warning can still be shared. The recipient&apos;s own check will show the same problem.</source>
        <translation>Los registros con una advertencia se pueden compartir igualmente. La comprobación que haga el destinatario mostrará el mismo problema.</translation>
    </message>
</context>
<context>
    <name>ler::ui::PresentWizard</name>
    <message>
        <source>Could not write %1.</source>
        <translation>No se pudo escribir %1.</translation>
    </message>
    <message>
        <source>Share records</source>
        <translation>Compartir registros</translation>
    </message>
    <message>
        <source>presentation</source>
        <translation>presentación</translation>
    </message>
    <message>
        <source>presentation for %1</source>
        <translation>presentación para %1</translation>
    </message>
    <message>
        <source>Save the PDF</source>
        <translation>Guardar el PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save the presentation</source>
        <translation>Guardar la presentación</translation>
    </message>
    <message>
        <source>Presentation (*.%1)</source>
        <translation>Presentación (*.%1)</translation>
    </message>
    <message>
        <source>Signing and saving...</source>
        <translation>Firmando y guardando...</translation>
    </message>
    <message>
        <source>Done. It is in your sharing history.</source>
        <translation>Listo. Está en su historial de envíos.</translation>
    </message>
    <message>
        <source>Saved to %1. It is in your sharing history.</source>
        <translation>Guardado en %1. Está en su historial de envíos.</translation>
    </message>
</context>
<context>
    <name>ler::ui::PreviewPage</name>
    <message>
        <source>You will save a PDF: this summary, the QR codes that carry the signed presentation, and a short guide for the employer.</source>
        <translation>Guardará un PDF: este resumen, los códigos QR que contienen la presentación firmada y una breve guía para el empleador.</translation>
    </message>
    <message>
        <source>Your wallet will show the QR codes on this screen; you can also save or print them there.</source>
        <translation>Su billetera mostrará los códigos QR en esta pantalla; allí también puede guardarlos o imprimirlos.</translation>
    </message>
    <message>
        <source>You will save an SD-JWT file.</source>
        <translation>Guardará un archivo SD-JWT.</translation>
    </message>
    <message>
        <source>You will save a presentation as a JWT file.</source>
        <translation>Guardará una presentación como archivo JWT.</translation>
    </message>
    <message>
        <source>You will save a presentation as a JSON file.</source>
        <translation>Guardará una presentación como archivo JSON.</translation>
    </message>
    <message>
        <source>Save the PDF...</source>
        <translation>Guardar el PDF...</translation>
    </message>
    <message>
        <source>Show the QR codes</source>
        <translation>Mostrar los códigos QR</translation>
    </message>
    <message>
        <source>Save the file...</source>
        <translation>Guardar el archivo...</translation>
    </message>
    <message>
        <source>Check what you share</source>
        <translation>Revise lo que comparte</translation>
    </message>
    <message>
        <source>Nothing is signed or saved until you go on from here.</source>
        <translation>No se firma ni se guarda nada hasta que continúe desde aquí.</translation>
    </message>
    <message>
        <source>Preparing the preview...</source>
        <translation>Preparando la vista previa...</translation>
    </message>
</context>
<context>
    <name>ler::ui::QrCodesDialog</name>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;Anterior</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Siguiente</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>&amp;Pantalla completa</translation>
    </message>
    <message>
        <source>QR codes to scan</source>
        <translation>Códigos QR para escanear</translation>
    </message>
    <message>
        <source>Save as &amp;PNG...</source>
        <translation>Guardar como &amp;PNG...</translation>
    </message>
    <message>
        <source>Save as &amp;SVG...</source>
        <translation>Guardar como &amp;SVG...</translation>
    </message>
    <message>
        <source>P&amp;rint...</source>
        <translation>&amp;Imprimir...</translation>
    </message>
    <message>
        <source>Print pre&amp;view...</source>
        <translation>&amp;Vista previa de impresión...</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>Leave &amp;full screen</source>
        <translation>Salir de pantalla &amp;completa</translation>
    </message>
    <message>
        <source>Save the QR codes as SVG in a folder</source>
        <translation>Guardar los códigos QR como SVG en una carpeta</translation>
    </message>
    <message>
        <source>Save the QR codes as PNG in a folder</source>
        <translation>Guardar los códigos QR como PNG en una carpeta</translation>
    </message>
    <message>
        <source>Save the QR codes</source>
        <translation>Guardar los códigos QR</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n QR code(s) in %1, in order: part-01, part-02...</source>
        <translation>
            <numerusform>Se guardó %n código QR en %1, en orden: part-01, part-02...</numerusform>
            <numerusform>Se guardaron %n códigos QR en %1, en orden: part-01, part-02...</numerusform>
        </translation>
    </message>
    <message>
        <source>LER Wallet presentation</source>
        <translation>Presentación de LER Wallet</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
</context>
<context>
    <name>ler::ui::RecipientPage</name>
    <message>
        <source>Who is it for?</source>
        <translation>¿Para quién es?</translation>
    </message>
    <message>
        <source>The presentation names its recipient, so a copy passed on to anyone else is refused when they check it.</source>
        <translation>La presentación indica su destinatario, así que una copia entregada a otra persona se rechaza cuando esta la comprueba.</translation>
    </message>
    <message>
        <source>for example jobs.example.com</source>
        <translation>por ejemplo, jobs.example.com</translation>
    </message>
    <message>
        <source>leave empty if you were not given one; your wallet makes one</source>
        <translation>déjelo vacío si no le dieron uno; su billetera generará uno</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 día</translation>
    </message>
    <message>
        <source>1 week</source>
        <translation>1 semana</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 días</translation>
    </message>
    <message>
        <source>90 days</source>
        <translation>90 días</translation>
    </message>
    <message>
        <source>No end date (the recipient decides how old is too old)</source>
        <translation>Sin fecha de fin (el destinatario decide cuánta antigüedad es demasiada)</translation>
    </message>
    <message>
        <source>Recipient (their web domain):</source>
        <translation>Destinatario (su dominio web):</translation>
    </message>
    <message>
        <source>Their challenge code:</source>
        <translation>Su código de desafío:</translation>
    </message>
    <message>
        <source>An employer may give you a challenge code with their request. Type it exactly: it proves the presentation was made for this request.</source>
        <translation>Un empleador puede darle un código de desafío con su solicitud. Escríbalo exactamente: demuestra que la presentación se hizo para esta solicitud.</translation>
    </message>
    <message>
        <source>Valid for:</source>
        <translation>Válida durante:</translation>
    </message>
    <message>
        <source>A file to send by email or upload:</source>
        <translation>Un archivo para enviar por correo electrónico o subir:</translation>
    </message>
    <message>
        <source>A PDF to print or send, with a summary and QR codes</source>
        <translation>Un PDF para imprimir o enviar, con un resumen y códigos QR</translation>
    </message>
    <message>
        <source>QR codes on this screen, for the employer to scan with a phone</source>
        <translation>Códigos QR en esta pantalla, para que el empleador los escanee con un teléfono</translation>
    </message>
    <message>
        <source>Verifiable Presentation (JSON), read by most verifiers</source>
        <translation>Presentación verificable (JSON), la leen la mayoría de los verificadores</translation>
    </message>
    <message>
        <source>Verifiable Presentation as a JWT</source>
        <translation>Presentación verificable como JWT</translation>
    </message>
    <message>
        <source>SD-JWT (one SD-JWT credential only)</source>
        <translation>SD-JWT (solo una credencial SD-JWT)</translation>
    </message>
    <message>
        <source>&lt;b&gt;How will you share it?&lt;/b&gt;</source>
        <translation>&lt;b&gt;¿Cómo la compartirá?&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>ler::ui::RecordCardDelegate</name>
    <message numerus="yes">
        <source>%n inside</source>
        <translation>
            <numerusform>%n dentro</numerusform>
            <numerusform>%n dentro</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ler::ui::RecordDetailPage</name>
    <message>
        <source>&amp;Check again</source>
        <translation>&amp;Comprobar de nuevo</translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation>&amp;Editar...</translation>
    </message>
    <message>
        <source>&amp;Delete...</source>
        <translation>E&amp;liminar...</translation>
    </message>
    <message>
        <source>Show the &amp;original</source>
        <translation>Mostrar el &amp;original</translation>
    </message>
    <message>
        <source>C&amp;opy</source>
        <translation>C&amp;opiar</translation>
    </message>
    <message>
        <source>&amp;Save original...</source>
        <translation>&amp;Guardar original...</translation>
    </message>
    <message>
        <source>Check this record&apos;s signature, issuer, dates and status now.</source>
        <translation>Comprobar ahora la firma, el emisor, las fechas y el estado de este registro.</translation>
    </message>
    <message>
        <source>Add to co&amp;llection</source>
        <translation>Añadir a una co&amp;lección</translation>
    </message>
    <message>
        <source>Tags, separated by commas (press Enter to keep them)</source>
        <translation>Etiquetas, separadas por comas (pulse Intro para conservarlas)</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Original document</source>
        <translation>Documento original</translation>
    </message>
    <message>
        <source>Hide the &amp;original</source>
        <translation>Ocultar el &amp;original</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>E&amp;tiquetas:</translation>
    </message>
    <message>
        <source>Pick a record to see it in full.

Use the arrow keys to move through your records and Enter to open one.</source>
        <translation>Elija un registro para verlo completo.

Use las teclas de flecha para moverse por sus registros e Intro para abrir uno.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>&amp;New collection...</source>
        <translation>&amp;Nueva colección...</translation>
    </message>
    <message numerus="yes">
        <source>A badge picture (%n byte(s)) with this credential baked into it:</source>
        <translation>
            <numerusform>Una imagen de insignia (%n byte) con esta credencial incrustada:</numerusform>
            <numerusform>Una imagen de insignia (%n bytes) con esta credencial incrustada:</numerusform>
        </translation>
    </message>
    <message>
        <source>Header:</source>
        <translation>Encabezado:</translation>
    </message>
    <message>
        <source>Payload:</source>
        <translation>Contenido:</translation>
    </message>
</context>
<context>
    <name>ler::ui::RecordDetailView</name>
    <message>
        <source>Pick a record to see it in full.</source>
        <translation>Elija un registro para verlo completo.</translation>
    </message>
    <message>
        <source>You entered this yourself; no one else has vouched for it.</source>
        <translation>Esto lo escribió usted; nadie más lo ha avalado.</translation>
    </message>
    <message>
        <source>This record carries no signature, so it cannot be checked.</source>
        <translation>Este registro no tiene firma, así que no se puede comprobar.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Emitido por</translation>
    </message>
    <message>
        <source>Issuer id</source>
        <translation>Id del emisor</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>Fecha de emisión</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Válido desde</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Válido hasta</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Achievement</source>
        <translation>Logro</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>Créditos</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Criterios</translation>
    </message>
    <message>
        <source>GPA</source>
        <translation>Promedio (GPA)</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Comprobación</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>Cursos</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Curso</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Calificación</translation>
    </message>
    <message>
        <source>Degrees and awards</source>
        <translation>Títulos y distinciones</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Pruebas</translation>
    </message>
    <message>
        <source>Where it came from</source>
        <translation>De dónde viene</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Imported from</source>
        <translation>Importado desde</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Añadido</translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256)</source>
        <translation>Huella (SHA-256)</translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation>Aún sin comprobar.</translation>
    </message>
    <message>
        <source>Use &quot;Check again&quot; to check it now.</source>
        <translation>Use &quot;Volver a comprobar&quot; para comprobarlo ahora.</translation>
    </message>
    <message>
        <source>Partly verified</source>
        <translation>Verificada en parte</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verificada</translation>
    </message>
    <message>
        <source>NOT verified</source>
        <translation>NO verificada</translation>
    </message>
    <message>
        <source>Checked on %1</source>
        <translation>Comprobación del %1</translation>
    </message>
    <message numerus="yes">
        <source>%n credential(s) inside were checked too; select them in the list to see their checks.</source>
        <translation>
            <numerusform>También se comprobó %n credencial incluida; selecciónela en la lista para ver sus comprobaciones.</numerusform>
            <numerusform>También se comprobaron %n credenciales incluidas; selecciónelas en la lista para ver sus comprobaciones.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some details were not downloaded, because the network was off or the issuer could not be reached:</source>
        <translation>Algunos detalles no se descargaron porque la red estaba desactivada o no se pudo conectar con el emisor:</translation>
    </message>
    <message>
        <source>Skills and alignments</source>
        <translation>Competencias y alineaciones</translation>
    </message>
    <message>
        <source>Credential Engine Registry</source>
        <translation>Credential Engine Registry</translation>
    </message>
</context>
<context>
    <name>ler::ui::RecordListModel</name>
    <message>
        <source>No date</source>
        <translation>Sin fecha</translation>
    </message>
    <message>
        <source>now</source>
        <translation>ahora</translation>
    </message>
    <message>
        <source>%1, %2, %3, %4</source>
        <translation>%1, %2, %3, %4</translation>
    </message>
</context>
<context>
    <name>ler::ui::RecordPickPage</name>
    <message>
        <source>Choose what to share</source>
        <translation>Elija qué compartir</translation>
    </message>
    <message>
        <source>Tick the records the recipient should see. A transcript can go whole, or tick only the courses you want from it.</source>
        <translation>Marque los registros que debe ver el destinatario. Un certificado de estudios puede ir completo, o marque solo los cursos que desee de él.</translation>
    </message>
    <message>
        <source>Search your records</source>
        <translation>Buscar en sus registros</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Emisor</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Emitido</translation>
    </message>
    <message>
        <source>Checked by your wallet</source>
        <translation>Comprobado por su billetera</translation>
    </message>
    <message>
        <source>Reading your records...</source>
        <translation>Leyendo sus registros...</translation>
    </message>
    <message>
        <source>You (your own entry)</source>
        <translation>Usted (su propia entrada)</translation>
    </message>
    <message>
        <source>An Open Badges 2.0 badge is not a verifiable credential, so it cannot go into a presentation. Share the badge&apos;s own file instead (export).</source>
        <translation>Una insignia de Open Badges 2.0 no es una credencial verificable, así que no puede incluirse en una presentación. Comparta en su lugar el propio archivo de la insignia (exportar).</translation>
    </message>
    <message>
        <source>A transcript without a signature cannot go into a presentation. Share its file instead (export).</source>
        <translation>Un certificado de estudios sin firma no puede incluirse en una presentación. Comparta en su lugar su archivo (exportar).</translation>
    </message>
    <message>
        <source>Your wallet holds no records yet. Import some first.</source>
        <translation>Su billetera aún no contiene registros. Importe algunos primero.</translation>
    </message>
    <message>
        <source>Shared with the whole transcript.</source>
        <translation>Compartido con el certificado de estudios completo.</translation>
    </message>
</context>
<context>
    <name>ler::ui::RecoveryCodePage</name>
    <message>
        <source>&amp;Print...</source>
        <translation>&amp;Imprimir...</translation>
    </message>
</context>
<context>
    <name>ler::ui::RecoveryCodeSheet</name>
    <message>
        <source>LER Wallet recovery code</source>
        <translation>Código de recuperación de LER Wallet</translation>
    </message>
    <message>
        <source>This code opens your wallet if you forget your passphrase.</source>
        <translation>Este código abre su billetera si olvida su frase de contraseña.</translation>
    </message>
    <message>
        <source>Keep this sheet somewhere safe:</source>
        <translation>Guarde esta hoja en un lugar seguro:</translation>
    </message>
    <message>
        <source>Anyone who has this code and your computer can open your wallet.</source>
        <translation>Cualquiera que tenga este código y su computadora puede abrir su billetera.</translation>
    </message>
    <message>
        <source>Do not store it on the same computer as the wallet.</source>
        <translation>No lo guarde en la misma computadora que la billetera.</translation>
    </message>
    <message>
        <source>Letters and digits are easy to confuse: O is always zero, I and L are always one.</source>
        <translation>Es fácil confundir letras y dígitos: la O siempre es cero; la I y la L siempre son uno.</translation>
    </message>
    <message>
        <source>Wallet folder: %1</source>
        <translation>Carpeta de la billetera: %1</translation>
    </message>
    <message>
        <source>Printed on %1</source>
        <translation>Impreso el %1</translation>
    </message>
    <message>
        <source>Print recovery code</source>
        <translation>Imprimir el código de recuperación</translation>
    </message>
</context>
<context>
    <name>ler::ui::ReplaceKeyDialog</name>
    <message>
        <source>Replace the wallet key</source>
        <translation>Reemplazar la clave de la billetera</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Replace the wallet key&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Reemplazar la clave de la billetera&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>Use this if an old copy of this wallet&apos;s key file and an old passphrase may both have got into someone else&apos;s hands. Your records are copied under a new random key, so old copies of the key file no longer open them.</source>
        <translation>Use esto si una copia antigua del archivo de claves de esta billetera y una frase de contraseña antigua pueden haber llegado a manos de otra persona. Sus registros se copian con una nueva clave aleatoria, de modo que las copias antiguas del archivo de claves ya no los abren.</translation>
    </message>
    <message>
        <source>You will get a new recovery code, shown once; the old one stops working. Close this wallet in any other window or command first.</source>
        <translation>Recibirá un nuevo código de recuperación, que se muestra una sola vez; el anterior deja de funcionar. Antes, cierre esta billetera en cualquier otra ventana u orden.</translation>
    </message>
    <message>
        <source>Your &amp;passphrase:</source>
        <translation>Su &amp;frase de contraseña:</translation>
    </message>
    <message>
        <source>Also choose a &amp;new passphrase (if the old one may have leaked)</source>
        <translation>Elegir también una &amp;nueva frase de contraseña (si la anterior pudo haberse filtrado)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>&amp;Replace the key</source>
        <translation>&amp;Reemplazar la clave</translation>
    </message>
    <message>
        <source>Replacing the wallet key. Keep LER Wallet open until this is done.</source>
        <translation>Reemplazando la clave de la billetera. Mantenga LER Wallet abierto hasta que termine.</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Your new recovery code&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Su nuevo código de recuperación&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>The wallet key was replaced. Your old recovery code no longer works. Write this one down or print it now, and keep it away from this computer. It will not be shown again.</source>
        <translation>Se reemplazó la clave de la billetera. Su código de recuperación anterior ya no funciona. Anote este o imprímalo ahora y guárdelo lejos de esta computadora. No se volverá a mostrar.</translation>
    </message>
    <message>
        <source>I have written down or printed my new recovery code</source>
        <translation>He anotado o impreso mi nuevo código de recuperación</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>Checking your passphrase and making the new key...</source>
        <translation>Comprobando su frase de contraseña y generando la nueva clave...</translation>
    </message>
    <message>
        <source>Copying your records under the new key...</source>
        <translation>Copiando sus registros con la nueva clave...</translation>
    </message>
    <message>
        <source>Saving the new key file...</source>
        <translation>Guardando el nuevo archivo de claves...</translation>
    </message>
    <message>
        <source>Switching to the new key...</source>
        <translation>Cambiando a la nueva clave...</translation>
    </message>
</context>
<context>
    <name>ler::ui::RestoreDialog</name>
    <message>
        <source>Restore a wallet from a backup</source>
        <translation>Restaurar una billetera desde una copia de seguridad</translation>
    </message>
    <message>
        <source>Add a backup to this wallet</source>
        <translation>Añadir una copia de seguridad a esta billetera</translation>
    </message>
    <message>
        <source>Checking the whole backup, then restoring it. This takes a few seconds...</source>
        <translation>Comprobando toda la copia de seguridad y luego restaurándola. Esto tarda unos segundos...</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>Make a new wallet from a backup file. Everything in the backup comes back: records, checks, your own entries, your wallet&apos;s key and what you shared. The new wallet gets its own passphrase and recovery code.</source>
        <translation>Cree una billetera nueva a partir de un archivo de copia de seguridad. Se recupera todo lo que contiene la copia: registros, comprobaciones, sus propias entradas, la clave de su billetera y lo que compartió. La nueva billetera tiene su propia frase de contraseña y su propio código de recuperación.</translation>
    </message>
    <message>
        <source>Add the records of a backup to this wallet. Records it has already are not added twice; where it has another version of a record, its own stays. Its settings and its key stay as they are.</source>
        <translation>Añada los registros de una copia de seguridad a esta billetera. Los registros que ya tiene no se añaden dos veces; si tiene otra versión de un registro, se conserva la suya. Su configuración y su clave no cambian.</translation>
    </message>
    <message>
        <source>C&amp;hoose...</source>
        <translation>&amp;Elegir...</translation>
    </message>
    <message>
        <source>Backup file:</source>
        <translation>Archivo de copia de seguridad:</translation>
    </message>
    <message>
        <source>The backup&apos;s passphrase:</source>
        <translation>Frase de contraseña de la copia de seguridad:</translation>
    </message>
    <message>
        <source>Ch&amp;oose...</source>
        <translation>El&amp;egir...</translation>
    </message>
    <message>
        <source>A new, empty folder for the wallet:</source>
        <translation>Una carpeta nueva y vacía para la billetera:</translation>
    </message>
    <message>
        <source>A passphrase for the new wallet (it may be the one the old wallet had):</source>
        <translation>Una frase de contraseña para la nueva billetera (puede ser la que tenía la billetera anterior):</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <source>&amp;Add to this wallet</source>
        <translation>&amp;Añadir a esta billetera</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Your wallet is restored&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Su billetera se restauró&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>This is the new wallet&apos;s recovery code: if you forget its passphrase, it is the only way back in. The old wallet&apos;s code does not open it. Write it down or print it now; it will not be shown again.</source>
        <translation>Este es el código de recuperación de la nueva billetera: si olvida su frase de contraseña, es la única forma de volver a entrar. El código de la billetera anterior no la abre. Anótelo o imprímalo ahora; no se volverá a mostrar.</translation>
    </message>
    <message>
        <source>I have written down or printed my recovery code</source>
        <translation>He anotado o impreso mi código de recuperación</translation>
    </message>
    <message>
        <source>&amp;Open my wallet</source>
        <translation>&amp;Abrir mi billetera</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>Elija una copia de seguridad</translation>
    </message>
    <message>
        <source>LER Wallet backups (*.%1)</source>
        <translation>Copias de seguridad de LER Wallet (*.%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Choose a new, empty folder for the wallet</source>
        <translation>Elija una carpeta nueva y vacía para la billetera</translation>
    </message>
    <message>
        <source>&lt;h3&gt;The backup was added to this wallet&lt;/h3&gt;&lt;p&gt;Records added: %1. Already in the wallet: %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;La copia de seguridad se añadió a esta billetera&lt;/h3&gt;&lt;p&gt;Registros añadidos: %1. Ya estaban en la billetera: %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Records this wallet has in another version, whose version was kept: %1.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Registros que esta billetera tiene en otra versión, cuya versión se conservó: %1.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ler::ui::SettingsDialog</name>
    <message>
        <source>Allow LER Wallet to go online to check credentials</source>
        <translation>Permitir que LER Wallet se conecte a internet para comprobar credenciales</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Igual que el sistema</translation>
    </message>
    <message>
        <source>Lock the wallet after I have been away for:</source>
        <translation>Bloquear la billetera cuando me ausente durante:</translation>
    </message>
    <message>
        <source>When this is off, nothing is fetched from the internet. Checks that need it are shown as not done.</source>
        <translation>Si está desactivado, no se descarga nada de internet. Las comprobaciones que lo necesitan se muestran como no realizadas.</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <source>A new language is used the next time LER Wallet starts.</source>
        <translation>El nuevo idioma se usa la próxima vez que se inicie LER Wallet.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>Remind me to back up after this many new records:</source>
        <translation>Recordarme hacer una copia de seguridad después de esta cantidad de registros nuevos:</translation>
    </message>
    <message>
        <source>Remind me to back up when my last backup is older than:</source>
        <translation>Recordarme hacer una copia de seguridad cuando la última tenga más de:</translation>
    </message>
    <message>
        <source>Clear what I copy from the clipboard after:</source>
        <translation>Borrar del portapapeles lo que copie después de:</translation>
    </message>
    <message>
        <source>Appearance:</source>
        <translation>Apariencia:</translation>
    </message>
</context>
<context>
    <name>ler::ui::SharingHistoryView</name>
    <message>
        <source>Presentation file (JSON)</source>
        <translation>Archivo de presentación (JSON)</translation>
    </message>
    <message>
        <source>Presentation file (JWT)</source>
        <translation>Archivo de presentación (JWT)</translation>
    </message>
    <message>
        <source>SD-JWT file</source>
        <translation>Archivo SD-JWT</translation>
    </message>
    <message>
        <source>PDF with QR codes</source>
        <translation>PDF con códigos QR</translation>
    </message>
    <message>
        <source>QR codes on screen</source>
        <translation>Códigos QR en pantalla</translation>
    </message>
    <message>
        <source>QR code files (%1)</source>
        <translation>Archivos de códigos QR (%1)</translation>
    </message>
    <message>
        <source>&amp;Delete entry...</source>
        <translation>&amp;Eliminar entrada...</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>Shared as</source>
        <translation>Compartido como</translation>
    </message>
    <message>
        <source>Records and claims</source>
        <translation>Registros y datos</translation>
    </message>
    <message>
        <source>Every presentation you made: when, for whom and what it showed. The presentations themselves are not kept. Deleting an entry does not take back what was shared.</source>
        <translation>Todas las presentaciones que ha hecho: cuándo, para quién y qué mostraban. Las presentaciones en sí no se guardan. Eliminar una entrada no anula lo que se compartió.</translation>
    </message>
    <message>
        <source>%1 (only %2)</source>
        <translation>%1 (solo %2)</translation>
    </message>
    <message>
        <source>no one named</source>
        <translation>sin destinatario indicado</translation>
    </message>
    <message>
        <source>You have not shared anything yet.</source>
        <translation>Aún no ha compartido nada.</translation>
    </message>
    <message>
        <source>Delete entry</source>
        <translation>Eliminar entrada</translation>
    </message>
    <message>
        <source>Delete this entry from your sharing history? What was shared stays shared.</source>
        <translation>¿Eliminar esta entrada de su historial de envíos? Lo que se compartió sigue compartido.</translation>
    </message>
</context>
<context>
    <name>ler::ui::TaskProgress</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>ler::ui::TrustDialog</name>
    <message>
        <source>Trusted issuers and your identifiers</source>
        <translation>Emisores de confianza y sus identificadores</translation>
    </message>
    <message>
        <source>Your e-mail addresses and DIDs</source>
        <translation>Sus direcciones de correo electrónico y DID</translation>
    </message>
    <message>
        <source>Badges are often issued to an e-mail address. Add the ones you use so LER Wallet can tell you when a badge was issued to you.</source>
        <translation>Las insignias suelen emitirse a una dirección de correo electrónico. Añada las que usa para que LER Wallet pueda indicarle cuándo se emitió una insignia a su nombre.</translation>
    </message>
    <message>
        <source>alex@example.org or did:key:...</source>
        <translation>alex@example.org o did:key:...</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Issuers you trust</source>
        <translation>Emisores en los que confía</translation>
    </message>
    <message>
        <source>Some issuers&apos; keys cannot be looked up, for example while offline. If you got an issuer&apos;s key file (JWKS or DID document) from the issuer itself, add it here and their credentials can be checked.</source>
        <translation>Las claves de algunos emisores no se pueden consultar, por ejemplo cuando está sin conexión. Si el propio emisor le dio su archivo de claves (JWKS o documento DID), añádalo aquí para poder comprobar sus credenciales.</translation>
    </message>
    <message>
        <source>Add a key &amp;file...</source>
        <translation>Añadir un archivo de &amp;claves...</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Q&amp;uitar</translation>
    </message>
    <message>
        <source>Issuer key file</source>
        <translation>Archivo de claves del emisor</translation>
    </message>
    <message>
        <source>Key files (*.json *.jwks *.jsonld);;All files (*)</source>
        <translation>Archivos de claves (*.json *.jwks *.jsonld);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>%1 (added %2)</source>
        <translation>%1 (se añadió el %2)</translation>
    </message>
    <message>
        <source>The key file could not be read, or it is too large.</source>
        <translation>No se pudo leer el archivo de claves o es demasiado grande.</translation>
    </message>
</context>
<context>
    <name>ler::ui::UnlockPage</name>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Your wallet is locked&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Su billetera está bloqueada&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX</source>
        <translation>XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <source>&amp;Recovery code:</source>
        <translation>Código de &amp;recuperación:</translation>
    </message>
    <message>
        <source>Open another wallet...</source>
        <translation>Abrir otra billetera...</translation>
    </message>
    <message>
        <source>Forgot your passphrase? Use your recovery code</source>
        <translation>¿Olvidó su frase de contraseña? Use su código de recuperación</translation>
    </message>
    <message>
        <source>Use your passphrase instead</source>
        <translation>Usar su frase de contraseña</translation>
    </message>
    <message>
        <source>Wallet folder: %1</source>
        <translation>Carpeta de la billetera: %1</translation>
    </message>
    <message>
        <source>Type your recovery code.</source>
        <translation>Escriba su código de recuperación.</translation>
    </message>
    <message>
        <source>Type your passphrase.</source>
        <translation>Escriba su frase de contraseña.</translation>
    </message>
    <message>
        <source>Opening your wallet...</source>
        <translation>Abriendo su billetera...</translation>
    </message>
</context>
<context>
    <name>ler::ui::VerifyController</name>
    <message>
        <source>Check</source>
        <translation>Comprobar</translation>
    </message>
    <message>
        <source>Checking your records...</source>
        <translation>Comprobando sus registros...</translation>
    </message>
    <message>
        <source>Check all records</source>
        <translation>Comprobar todos los registros</translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %n record(s); their results are kept.</source>
        <translation>
            <numerusform>Se detuvo después de %n registro; se conserva su resultado.</numerusform>
            <numerusform>Se detuvo después de %n registros; se conservan sus resultados.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ler::ui::WalletPage</name>
    <message>
        <source>&amp;Lock wallet</source>
        <translation>&amp;Bloquear billetera</translation>
    </message>
    <message>
        <source>Wallet folder: %1</source>
        <translation>Carpeta de la billetera: %1</translation>
    </message>
    <message>
        <source>&amp;Import...</source>
        <translation>&amp;Importar...</translation>
    </message>
    <message>
        <source>Add &amp;entry...</source>
        <translation>Añadir &amp;entrada...</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) in your wallet.</source>
        <translation>
            <numerusform>%n registro en su billetera.</numerusform>
            <numerusform>%n registros en su billetera.</numerusform>
        </translation>
    </message>
    <message>
        <source>All records</source>
        <translation>Todos los registros</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Educación</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Formación</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Trabajo</translation>
    </message>
    <message>
        <source>Badges and certifications</source>
        <translation>Insignias y certificaciones</translation>
    </message>
    <message>
        <source>Licenses</source>
        <translation>Licencias</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Competencias</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>Colecciones</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Compartido</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Your wallet is empty.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Import badges, transcripts and certificates with &lt;b&gt;Import...&lt;/b&gt; (Ctrl+I), drop files onto this window, or paste a credential with Ctrl+Shift+V.&lt;/p&gt;&lt;p&gt;Add your own work history with &lt;b&gt;Add entry...&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Su billetera está vacía.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Importe insignias, certificados de estudios y certificados con &lt;b&gt;Importar...&lt;/b&gt; (Ctrl+I), arrastre archivos a esta ventana o pegue una credencial con Ctrl+Shift+V.&lt;/p&gt;&lt;p&gt;Añada su propio historial laboral con &lt;b&gt;Añadir entrada...&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <source>Search titles, issuers, skills, courses... (Ctrl+F)</source>
        <translation>Buscar títulos, emisores, competencias, cursos... (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search your records</source>
        <translation>Buscar en sus registros</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Tarjetas</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <source>Sort by</source>
        <translation>Ordenar por</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Más recientes primero</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>Más antiguos primero</translation>
    </message>
    <message>
        <source>Recently added</source>
        <translation>Añadidos recientemente</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Emisor</translation>
    </message>
    <message>
        <source>Verification state</source>
        <translation>Estado de verificación</translation>
    </message>
    <message>
        <source>Best match</source>
        <translation>Mejor coincidencia</translation>
    </message>
    <message>
        <source>Show records from</source>
        <translation>Mostrar registros de</translation>
    </message>
    <message>
        <source>Show records that are</source>
        <translation>Mostrar registros que estén</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <source>Show records tagged</source>
        <translation>Mostrar registros con la etiqueta</translation>
    </message>
    <message>
        <source>Ré&amp;sumé...</source>
        <translation>C&amp;urrículum...</translation>
    </message>
    <message>
        <source>Make a résumé of the records you choose: LER-RS, JSON Resume or PDF.</source>
        <translation>Crear un currículum con los registros que elija: LER-RS, JSON Resume o PDF.</translation>
    </message>
    <message>
        <source>Your records</source>
        <translation>Sus registros</translation>
    </message>
    <message>
        <source>S&amp;ort:</source>
        <translation>&amp;Ordenar:</translation>
    </message>
    <message>
        <source>Fi&amp;lter:</source>
        <translation>Fi&amp;ltrar:</translation>
    </message>
    <message>
        <source>Your skills</source>
        <translation>Sus competencias</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Competencia</translation>
    </message>
    <message>
        <source>Framework and code</source>
        <translation>Marco y código</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No skills yet.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Skills come from the badges and transcripts that name them (their alignments and competencies). Import such credentials to see your skills here.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Aún no hay competencias.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Las competencias provienen de las insignias y los certificados de estudios que las nombran (sus alineaciones y competencias). Importe esas credenciales para ver aquí sus competencias.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Your collections</source>
        <translation>Sus colecciones</translation>
    </message>
    <message>
        <source>&amp;New collection...</source>
        <translation>&amp;Nueva colección...</translation>
    </message>
    <message>
        <source>&amp;Rename...</source>
        <translation>&amp;Cambiar nombre...</translation>
    </message>
    <message>
        <source>&amp;Delete collection...</source>
        <translation>&amp;Eliminar colección...</translation>
    </message>
    <message>
        <source>Group records for a purpose, such as &quot;For warehouse jobs&quot;. Add a record to a collection from its page; press Enter on a collection to see its records.</source>
        <translation>Agrupe registros con un fin, como &quot;Para empleos de almacén&quot;. Añada un registro a una colección desde su página; pulse Intro sobre una colección para ver sus registros.</translation>
    </message>
    <message>
        <source>What you shared</source>
        <translation>Lo que ha compartido</translation>
    </message>
    <message>
        <source>%1 ✕</source>
        <translation>%1 ✕</translation>
    </message>
    <message>
        <source>Stop showing only %1</source>
        <translation>Dejar de mostrar solo %1</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;No records match.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;&lt;a href=&apos;#clear&apos;&gt;Clear the search and filters&lt;/a&gt; to see all %n record(s).&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;Ningún registro coincide.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;&lt;a href=&apos;#clear&apos;&gt;Borre la búsqueda y los filtros&lt;/a&gt; para ver su %n registro.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;Ningún registro coincide.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;&lt;a href=&apos;#clear&apos;&gt;Borre la búsqueda y los filtros&lt;/a&gt; para ver sus %n registros.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing here yet.</source>
        <translation>Aún no hay nada aquí.</translation>
    </message>
    <message numerus="yes">
        <source>%n skill(s) from your records.</source>
        <translation>
            <numerusform>%n competencia de sus registros.</numerusform>
            <numerusform>%n competencias de sus registros.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n collection(s).</source>
        <translation>
            <numerusform>%n colección.</numerusform>
            <numerusform>%n colecciones.</numerusform>
        </translation>
    </message>
    <message>
        <source>What you shared, with whom and when.</source>
        <translation>Lo que ha compartido, con quién y cuándo.</translation>
    </message>
    <message>
        <source>%1 shown of %2</source>
        <comment>records shown of all</comment>
        <translation>%1 de %2 mostrados</translation>
    </message>
    <message>
        <source>Any issuer</source>
        <translation>Cualquier emisor</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Cualquier etiqueta</translation>
    </message>
    <message>
        <source>%1  (%2)</source>
        <translation>%1  (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n record(s)</source>
        <translation>
            <numerusform>%1, %n registro</numerusform>
            <numerusform>%1, %n registros</numerusform>
        </translation>
    </message>
    <message>
        <source>Press Enter or double-click to see the records that back this skill.</source>
        <translation>Pulse Intro o haga doble clic para ver los registros que respaldan esta competencia.</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n record(s)</source>
        <translation>
            <numerusform>%1 — %n registro</numerusform>
            <numerusform>%1 — %n registros</numerusform>
        </translation>
    </message>
    <message>
        <source>No collections yet. Make one with New collection...</source>
        <translation>Aún no hay colecciones. Cree una con Nueva colección...</translation>
    </message>
    <message>
        <source>Skill: %1</source>
        <translation>Competencia: %1</translation>
    </message>
    <message>
        <source>Collection: %1</source>
        <translation>Colección: %1</translation>
    </message>
    <message>
        <source>The tags were saved.</source>
        <translation>Se guardaron las etiquetas.</translation>
    </message>
    <message>
        <source>Added to the collection.</source>
        <translation>Se añadió a la colección.</translation>
    </message>
    <message>
        <source>New collection</source>
        <translation>Nueva colección</translation>
    </message>
    <message>
        <source>Name of the collection (for example &quot;For warehouse jobs&quot;):</source>
        <translation>Nombre de la colección (por ejemplo, &quot;Para empleos de almacén&quot;):</translation>
    </message>
    <message>
        <source>The collection &quot;%1&quot; was made.</source>
        <translation>Se creó la colección &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Rename collection</source>
        <translation>Cambiar el nombre de la colección</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nombre nuevo:</translation>
    </message>
    <message>
        <source>Delete collection</source>
        <translation>Eliminar colección</translation>
    </message>
    <message>
        <source>Delete the collection &quot;%1&quot;? Its records stay in your wallet.</source>
        <translation>¿Eliminar la colección &quot;%1&quot;? Sus registros se quedan en su billetera.</translation>
    </message>
</context>
<context>
    <name>ler::ui::WelcomePage</name>
    <message>
        <source>&lt;h1&gt;Welcome to LER Wallet&lt;/h1&gt;</source>
        <translation>&lt;h1&gt;Bienvenido a LER Wallet&lt;/h1&gt;</translation>
    </message>
    <message>
        <source>Keep your badges, transcripts, certificates and work history in one private place, check that they are genuine, and share just what you choose with employers and schools.</source>
        <translation>Guarde sus insignias, certificados de estudios, certificaciones e historial laboral en un lugar privado, compruebe que son auténticos y comparta solo lo que elija con empleadores y escuelas.</translation>
    </message>
    <message>
        <source>&amp;Create a new wallet</source>
        <translation>&amp;Crear una billetera nueva</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your wallets on this computer&lt;/b&gt;</source>
        <translation>&lt;b&gt;Sus billeteras en esta computadora&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>Re&amp;name...</source>
        <translation>Cambiar &amp;nombre...</translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation>&amp;Olvidar</translation>
    </message>
    <message>
        <source>&amp;Delete...</source>
        <translation>&amp;Eliminar...</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <source>Last opened</source>
        <translation>Última apertura</translation>
    </message>
    <message>
        <source>Open a wallet &amp;folder...</source>
        <translation>Abrir una &amp;carpeta de billetera...</translation>
    </message>
    <message>
        <source>&amp;Restore a wallet from a backup...</source>
        <translation>&amp;Restaurar una billetera desde una copia de seguridad...</translation>
    </message>
    <message>
        <source>&amp;Help a client...</source>
        <translation>A&amp;yudar a un cliente...</translation>
    </message>
    <message>
        <source>Open or create a client&apos;s wallet in any folder, such as their USB stick. Nothing of it stays on this computer.</source>
        <translation>Abra o cree la billetera de un cliente en cualquier carpeta, como su memoria USB. No queda nada de ella en esta computadora.</translation>
    </message>
    <message>
        <source>C&amp;heck a presentation someone gave you...</source>
        <translation>Co&amp;mprobar una presentación que alguien le dio...</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>todavía no</translation>
    </message>
    <message>
        <source>No wallet is in this folder now (a USB stick that is not plugged in?).</source>
        <translation>Ahora no hay ninguna billetera en esta carpeta (¿una memoria USB que no está conectada?).</translation>
    </message>
    <message>
        <source>Rename a wallet</source>
        <translation>Cambiar el nombre de una billetera</translation>
    </message>
    <message>
        <source>A name for the wallet in %1:</source>
        <translation>Un nombre para la billetera que está en %1:</translation>
    </message>
    <message>
        <source>Forget a wallet</source>
        <translation>Olvidar una billetera</translation>
    </message>
    <message>
        <source>Take this wallet off the list? The wallet itself stays in %1; open its folder to see it again.</source>
        <translation>¿Quitar esta billetera de la lista? La billetera en sí se queda en %1; abra su carpeta para verla de nuevo.</translation>
    </message>
</context>
<context>
    <name>ler::ui::text</name>
    <message>
        <source>Personal ID</source>
        <translation>Identificación personal</translation>
    </message>
    <message>
        <source>Personal ID: %1</source>
        <translation>Identificación personal: %1</translation>
    </message>
    <message>
        <source>Credential of %1</source>
        <translation>Credencial de %1</translation>
    </message>
    <message>
        <source>Your own entry</source>
        <translation>Su propia entrada</translation>
    </message>
    <message>
        <source>%1 (your own entry)</source>
        <translation>%1 (su propia entrada)</translation>
    </message>
    <message>
        <source>Issuer not named</source>
        <translation>Emisor no indicado</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verificado</translation>
    </message>
    <message>
        <source>Partly verified</source>
        <translation>Verificado en parte</translation>
    </message>
    <message>
        <source>NOT verified</source>
        <translation>NO verificado</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Aún no comprobado</translation>
    </message>
    <message>
        <source>Nothing to check</source>
        <translation>Nada que comprobar</translation>
    </message>
    <message>
        <source>Verified on %1</source>
        <translation>Verificado el %1</translation>
    </message>
    <message>
        <source>Verified on %1; not fully checked since (%2)</source>
        <translation>Verificado el %1; no se ha comprobado por completo desde entonces (%2)</translation>
    </message>
    <message>
        <source>Partly verified on %1</source>
        <translation>Verificado en parte el %1</translation>
    </message>
    <message>
        <source>NOT verified on %1 (it was verified on %2)</source>
        <translation>NO verificado el %1 (se verificó el %2)</translation>
    </message>
    <message>
        <source>NOT verified (checked on %1)</source>
        <translation>NO verificado (comprobado el %1)</translation>
    </message>
    <message>
        <source>Your own entry: nothing to check</source>
        <translation>Su propia entrada: nada que comprobar</translation>
    </message>
    <message>
        <source>Unsigned: it cannot be checked</source>
        <translation>Sin firmar: no se puede comprobar</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Educación</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Formación</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Trabajo</translation>
    </message>
    <message>
        <source>Badge</source>
        <translation>Insignia</translation>
    </message>
    <message>
        <source>Certification</source>
        <translation>Certificación</translation>
    </message>
    <message>
        <source>License</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Curso</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Evaluación</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
</context>
<context>
    <name>ler::util</name>
    <message>
        <source>&quot;%1&quot; is not a duration: write a number and a unit, such as 30d, 12h or 45m, or none.</source>
        <translation>&quot;%1&quot; no es una duración: escriba un número y una unidad, como 30d, 12h o 45m, o none.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a duration: write a number and a unit, such as 7d, 12h or 45m.</source>
        <translation>&quot;%1&quot; no es una duración: escriba un número y una unidad, como 7d, 12h o 45m.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is longer than 100 years.</source>
        <translation>&quot;%1&quot; es más de 100 años.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hora</numerusform>
            <numerusform>%n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ler::verify</name>
    <message>
        <source>Not verified: %1</source>
        <translation>No verificada: %1</translation>
    </message>
    <message>
        <source>Not verified: credential %1 inside it failed: %2</source>
        <translation>No verificada: falló la credencial %1 que contiene: %2</translation>
    </message>
    <message>
        <source>Not verified.</source>
        <translation>No verificada.</translation>
    </message>
    <message>
        <source>Not verified: this record carries no signature.</source>
        <translation>No verificado: este registro no lleva firma.</translation>
    </message>
    <message>
        <source>Partly verified: the signature is valid, but one check could not be done. %1</source>
        <translation>Verificada en parte: la firma es válida, pero no se pudo hacer una comprobación. %1</translation>
    </message>
    <message>
        <source>Partly verified: a credential inside it could not be fully checked.</source>
        <translation>Verificada en parte: una credencial que contiene no se pudo comprobar del todo.</translation>
    </message>
    <message>
        <source>Verified: the signature is valid and every check passed.</source>
        <translation>Verificada: la firma es válida y todas las comprobaciones se superaron.</translation>
    </message>
    <message numerus="yes">
        <source>Verified: the signature is valid and every check passed, also for the %n credential(s) inside it.</source>
        <translation>
            <numerusform>Verificada: la firma es válida y todas las comprobaciones se superaron, también para la %n credencial que contiene.</numerusform>
            <numerusform>Verificada: la firma es válida y todas las comprobaciones se superaron, también para las %n credenciales que contiene.</numerusform>
        </translation>
    </message>
    <message>
        <source>A validity date of the credential is not a valid date.</source>
        <translation>Una fecha de validez de la credencial no es una fecha válida.</translation>
    </message>
    <message>
        <source>Expired on %1.</source>
        <translation>Caducó el %1.</translation>
    </message>
    <message>
        <source>Not valid yet: valid from %1.</source>
        <translation>Aún no es válida: es válida desde el %1.</translation>
    </message>
    <message>
        <source>The credential says it was issued in the future (%1).</source>
        <translation>La credencial dice que se emitió en el futuro (%1).</translation>
    </message>
    <message>
        <source>Valid now; expires on %1.</source>
        <translation>Válida ahora; caduca el %1.</translation>
    </message>
    <message>
        <source>Valid now; it has no expiry date.</source>
        <translation>Válida ahora; no tiene fecha de caducidad.</translation>
    </message>
    <message>
        <source>Not checked: none of your email addresses or DIDs were given.</source>
        <translation>No comprobado: no se indicó ninguna de sus direcciones de correo ni DID.</translation>
    </message>
    <message>
        <source>Not checked: the credential does not say who it was issued to.</source>
        <translation>No comprobado: la credencial no dice a quién se emitió.</translation>
    </message>
    <message>
        <source>Issued to you (%1).</source>
        <translation>Emitida a usted (%1).</translation>
    </message>
    <message>
        <source>Issued to someone else: none of your email addresses or DIDs match the recipient.</source>
        <translation>Emitida a otra persona: ninguna de sus direcciones de correo ni DID coincide con el destinatario.</translation>
    </message>
    <message>
        <source>The key %1 is not among the trusted keys.</source>
        <translation>La clave %1 no está entre las claves de confianza.</translation>
    </message>
    <message>
        <source>Not checked: you are offline.</source>
        <translation>No comprobado: está sin conexión.</translation>
    </message>
    <message>
        <source>from a copy saved on %1</source>
        <translation>de una copia guardada el %1</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>el %1</translation>
    </message>
    <message>
        <source>The issuer&apos;s web site does not list the key %1.</source>
        <translation>El sitio web del emisor no incluye la clave %1.</translation>
    </message>
    <message>
        <source>The issuer %1 cannot be looked up.</source>
        <translation>No se puede consultar al emisor %1.</translation>
    </message>
    <message>
        <source>The issuer does not publish the key that signed this credential.</source>
        <translation>El emisor no publica la clave que firmó esta credencial.</translation>
    </message>
    <message>
        <source>The credential names %1 as its issuer, but it was signed with a key of %2.</source>
        <translation>La credencial nombra a %1 como su emisor, pero se firmó con una clave de %2.</translation>
    </message>
    <message>
        <source>Not checked: nothing ties the signing key (%1) to the issuer named in the credential (%2).</source>
        <translation>No comprobado: nada vincula la clave de firma (%1) con el emisor que nombra la credencial (%2).</translation>
    </message>
    <message>
        <source>The issuer&apos;s key is part of its identifier %1, so no lookup was needed.</source>
        <translation>La clave del emisor forma parte de su identificador %1, así que no hizo falta consultarla.</translation>
    </message>
    <message>
        <source>The issuer&apos;s key was fetched from its web site (%1) %2.</source>
        <translation>La clave del emisor se obtuvo de su sitio web (%1) %2.</translation>
    </message>
    <message>
        <source>The issuer&apos;s key is one you added as trusted (%1).</source>
        <translation>La clave del emisor es una que usted añadió como de confianza (%1).</translation>
    </message>
    <message>
        <source>The issuer&apos;s key was fetched from the keys %1 publishes %2.</source>
        <translation>La clave del emisor se obtuvo de las claves que publica %1 %2.</translation>
    </message>
    <message>
        <source>The issuer&apos;s key could not be found: add it as a trusted key to check it.</source>
        <translation>No se encontró la clave del emisor: añádala como clave de confianza para comprobarla.</translation>
    </message>
    <message>
        <source>The token&apos;s issuer (iss) and the issuer inside the credential are different.</source>
        <translation>El emisor del token (iss) y el emisor dentro de la credencial son distintos.</translation>
    </message>
    <message>
        <source>The token holds no verifiable credential or presentation.</source>
        <translation>El token no contiene ninguna credencial ni presentación verificable.</translation>
    </message>
    <message>
        <source>Read as %1.</source>
        <translation>Leída como %1.</translation>
    </message>
    <message>
        <source>a Verifiable Presentation</source>
        <translation>una presentación verificable</translation>
    </message>
    <message>
        <source>The signature could not be checked.</source>
        <translation>No se pudo comprobar la firma.</translation>
    </message>
    <message>
        <source>%1. Another proof on it could not be checked.</source>
        <translation>%1. Otra prueba que lleva no se pudo comprobar.</translation>
    </message>
    <message>
        <source>The signature does not match: the credential was changed after it was signed, or it was not signed by this issuer.</source>
        <translation>La firma no coincide: la credencial se modificó después de firmarse, o no la firmó este emisor.</translation>
    </message>
    <message>
        <source>The credential uses a vocabulary (context) LER Wallet does not know, so it cannot be verified.</source>
        <translation>La credencial usa un vocabulario (contexto) que LER Wallet no conoce, así que no se puede verificar.</translation>
    </message>
    <message numerus="yes">
        <source>Read %n record(s).</source>
        <translation>
            <numerusform>Se leyó %n registro.</numerusform>
            <numerusform>Se leyeron %n registros.</numerusform>
        </translation>
    </message>
    <message>
        <source>Read as %1; this format carries no signature.</source>
        <translation>Leído como %1; este formato no lleva firma.</translation>
    </message>
    <message>
        <source>Not verified yet: you are offline, and checking the signature needs the network.</source>
        <translation>Aún no verificada: está sin conexión, y comprobar la firma necesita la red.</translation>
    </message>
    <message>
        <source>Partly verified: the signature is valid, but some checks need the network and you are offline.</source>
        <translation>Verificada en parte: la firma es válida, pero algunas comprobaciones necesitan la red y está sin conexión.</translation>
    </message>
    <message>
        <source>The status list carries no signature.</source>
        <translation>La lista de estado no lleva firma.</translation>
    </message>
    <message>
        <source>Not checked: the issuer uses a kind of revocation check LER Wallet does not support.</source>
        <translation>No comprobado: el emisor usa un tipo de comprobación de revocación que LER Wallet no admite.</translation>
    </message>
    <message>
        <source>Not revoked or suspended (checked on %1).</source>
        <translation>No revocada ni suspendida (comprobado el %1).</translation>
    </message>
    <message>
        <source>Not checked: no challenge or domain was given, so this could be a replayed presentation.</source>
        <translation>No comprobado: no se indicó desafío ni dominio, así que podría ser una presentación repetida.</translation>
    </message>
    <message>
        <source>Signature valid: signed by %1</source>
        <translation>Firma válida: firmada por %1</translation>
    </message>
    <message>
        <source>The signature is damaged or uses an algorithm that does not fit the key.</source>
        <translation>La firma está dañada o usa un algoritmo que no corresponde a la clave.</translation>
    </message>
    <message>
        <source>Not checked: you are offline and the issuer&apos;s key must be fetched.</source>
        <translation>No comprobado: está sin conexión y hay que obtener la clave del emisor.</translation>
    </message>
    <message>
        <source>The signature cannot be checked without the issuer&apos;s key.</source>
        <translation>La firma no se puede comprobar sin la clave del emisor.</translation>
    </message>
    <message>
        <source>Read as a VC-JWT.</source>
        <translation>Leída como VC-JWT.</translation>
    </message>
    <message>
        <source>A presentation cannot hold another presentation.</source>
        <translation>Una presentación no puede contener otra presentación.</translation>
    </message>
    <message>
        <source>The presentation was made for another challenge: it may be a replay of an older one.</source>
        <translation>La presentación se hizo para otro desafío: puede ser la repetición de una anterior.</translation>
    </message>
    <message>
        <source>The presentation was made for another site or service, not for %1.</source>
        <translation>La presentación se hizo para otro sitio o servicio, no para %1.</translation>
    </message>
    <message>
        <source>The presentation answers the expected challenge.</source>
        <translation>La presentación responde al desafío esperado.</translation>
    </message>
    <message numerus="yes">
        <source>Read as an SD-JWT credential with %n disclosure(s).</source>
        <translation>
            <numerusform>Leída como credencial SD-JWT con %n dato revelado.</numerusform>
            <numerusform>Leída como credencial SD-JWT con %n datos revelados.</numerusform>
        </translation>
    </message>
    <message>
        <source>The disclosed claims do not match what the issuer signed.</source>
        <translation>Los datos revelados no coinciden con lo que firmó el emisor.</translation>
    </message>
    <message>
        <source>Every disclosed claim matches what the issuer signed.</source>
        <translation>Todos los datos revelados coinciden con lo que firmó el emisor.</translation>
    </message>
    <message>
        <source>The presentation has no key binding, so it cannot answer the challenge.</source>
        <translation>La presentación no tiene vinculación de clave, así que no puede responder al desafío.</translation>
    </message>
    <message>
        <source>The holder&apos;s key binding does not hold: %1</source>
        <translation>La vinculación de clave del titular no es válida: %1</translation>
    </message>
    <message>
        <source>The holder&apos;s signature is valid, but no challenge was given to compare it with.</source>
        <translation>La firma del titular es válida, pero no se indicó ningún desafío con el que compararla.</translation>
    </message>
    <message>
        <source>Presented by the holder, for the expected challenge.</source>
        <translation>Presentada por el titular, para el desafío esperado.</translation>
    </message>
    <message>
        <source>Read as a signed Open Badges 2.0 badge.</source>
        <translation>Leída como insignia Open Badges 2.0 firmada.</translation>
    </message>
    <message>
        <source>Read as a hosted Open Badges 2.0 badge.</source>
        <translation>Leída como insignia Open Badges 2.0 alojada.</translation>
    </message>
    <message>
        <source>Read as an SD-JWT, but it is not marked as an SD-JWT VC credential (its type is &quot;%1&quot;).</source>
        <translation>Leída como SD-JWT, pero no está marcada como credencial SD-JWT VC (su tipo es &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>The signature cannot be checked: the signed document is incomplete.</source>
        <translation>No se puede comprobar la firma: el documento firmado está incompleto.</translation>
    </message>
    <message>
        <source>The signature cannot be checked without the signing key.</source>
        <translation>No se puede comprobar la firma sin la clave de firma.</translation>
    </message>
    <message>
        <source>The proof does not name its signing key (verificationMethod).</source>
        <translation>La prueba no indica su clave de firma (verificationMethod).</translation>
    </message>
    <message>
        <source>The proof&apos;s signing key %1 is not named by a DID or web address.</source>
        <translation>La clave de firma %1 de la prueba no se indica con un DID ni con una dirección web.</translation>
    </message>
    <message>
        <source>The signing key %1 was not found or is not valid.</source>
        <translation>La clave de firma %1 no se encontró o no es válida.</translation>
    </message>
    <message>
        <source>The key %1 is a %2 key, but this proof needs an Ed25519 key.</source>
        <translation>La clave %1 es una clave %2, pero esta prueba necesita una clave Ed25519.</translation>
    </message>
    <message>
        <source>Signing key found: %1</source>
        <translation>Clave de firma encontrada: %1</translation>
    </message>
    <message>
        <source>The signing key %1 cannot be looked up offline.</source>
        <translation>La clave de firma %1 no se puede buscar sin conexión.</translation>
    </message>
    <message>
        <source>The signing key %1 could not be downloaded.</source>
        <translation>No se pudo descargar la clave de firma %1.</translation>
    </message>
    <message>
        <source>The signing key %1 is not valid.</source>
        <translation>La clave de firma %1 no es válida.</translation>
    </message>
    <message>
        <source>The proof does not say what it is for (proofPurpose).</source>
        <translation>La prueba no indica para qué sirve (proofPurpose).</translation>
    </message>
    <message>
        <source>The proof was made for &quot;%1&quot;, but &quot;%2&quot; is needed here.</source>
        <translation>La prueba se hizo para &quot;%1&quot;, pero aquí se necesita &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The key&apos;s owner does not allow it to be used for &quot;%1&quot;.</source>
        <translation>El propietario de la clave no permite usarla para &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The key is allowed for &quot;%1&quot;.</source>
        <translation>La clave está permitida para &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The proof&apos;s creation date is not a valid date.</source>
        <translation>La fecha de creación de la prueba no es una fecha válida.</translation>
    </message>
    <message>
        <source>The proof claims to be made in the future (%1).</source>
        <translation>La prueba dice haberse hecho en el futuro (%1).</translation>
    </message>
    <message>
        <source>Signed on %1.</source>
        <translation>Firmada el %1.</translation>
    </message>
    <message>
        <source>The proof&apos;s expiry date is not a valid date.</source>
        <translation>La fecha de caducidad de la prueba no es una fecha válida.</translation>
    </message>
    <message>
        <source>The proof expired on %1.</source>
        <translation>La prueba caducó el %1.</translation>
    </message>
    <message>
        <source>The proof is valid until %1.</source>
        <translation>La prueba es válida hasta el %1.</translation>
    </message>
    <message>
        <source>The proof answers the expected challenge.</source>
        <translation>La prueba responde al desafío esperado.</translation>
    </message>
    <message>
        <source>The proof was made for another challenge: it may be a replay of an older presentation.</source>
        <translation>La prueba se hizo para otro desafío: puede ser la repetición de una presentación anterior.</translation>
    </message>
    <message>
        <source>The proof is meant for %1.</source>
        <translation>La prueba está destinada a %1.</translation>
    </message>
    <message>
        <source>The proof was made for another site or service, not for %1.</source>
        <translation>La prueba se hizo para otro sitio o servicio, no para %1.</translation>
    </message>
    <message>
        <source>The earlier proofs this proof builds on are present.</source>
        <translation>Están presentes las pruebas anteriores en las que se basa esta prueba.</translation>
    </message>
    <message>
        <source>The proof&apos;s contexts do not match the document&apos;s.</source>
        <translation>Los contextos de la prueba no coinciden con los del documento.</translation>
    </message>
    <message>
        <source>Unknown context %1: cannot check offline</source>
        <translation>Contexto desconocido %1: no se puede comprobar sin conexión</translation>
    </message>
    <message>
        <source>The signature cannot be checked without the document&apos;s contexts.</source>
        <translation>No se puede comprobar la firma sin los contextos del documento.</translation>
    </message>
    <message>
        <source>The signature cannot be checked: the document could not be read.</source>
        <translation>No se puede comprobar la firma: no se pudo leer el documento.</translation>
    </message>
    <message>
        <source>The signature does not match: the credential was changed after it was signed</source>
        <translation>La firma no coincide: la credencial se modificó después de firmarse</translation>
    </message>
    <message>
        <source>The signature is damaged and cannot be checked.</source>
        <translation>La firma está dañada y no se puede comprobar.</translation>
    </message>
    <message>
        <source>A context the document uses is unknown: cannot check offline</source>
        <translation>El documento usa un contexto desconocido: no se puede comprobar sin conexión</translation>
    </message>
    <message>
        <source>The document is too complex to check safely.</source>
        <translation>El documento es demasiado complejo para comprobarlo de forma segura.</translation>
    </message>
    <message>
        <source>The document is not valid JSON-LD.</source>
        <translation>El documento no es JSON-LD válido.</translation>
    </message>
    <message>
        <source>The proof value is missing or not in base58btc multibase form.</source>
        <translation>Falta el valor de la prueba o no está en formato multibase base58btc.</translation>
    </message>
    <message>
        <source>The proof value is not a 64-byte Ed25519 signature.</source>
        <translation>El valor de la prueba no es una firma Ed25519 de 64 bytes.</translation>
    </message>
    <message>
        <source>The proof&apos;s JWS is not a detached JWS.</source>
        <translation>El JWS de la prueba no es un JWS separado (detached).</translation>
    </message>
    <message>
        <source>The proof&apos;s JWS header must be EdDSA with an unencoded payload.</source>
        <translation>La cabecera del JWS de la prueba debe ser EdDSA con el contenido sin codificar.</translation>
    </message>
    <message>
        <source>%1 is not a DID that can be resolved offline.</source>
        <translation>%1 no es un DID que se pueda resolver sin conexión.</translation>
    </message>
    <message>
        <source>No resolver knows the key %1.</source>
        <translation>Ningún sistema de resolución conoce la clave %1.</translation>
    </message>
    <message>
        <source>The earlier proof %1 that this proof builds on is missing.</source>
        <translation>Falta la prueba anterior %1 en la que se basa esta prueba.</translation>
    </message>
    <message>
        <source>A proof needs a signing key.</source>
        <translation>Una prueba necesita una clave de firma.</translation>
    </message>
    <message>
        <source>The proof uses the cryptosuite &quot;%1&quot;, which this wallet cannot check.</source>
        <translation>La prueba usa el conjunto criptográfico (cryptosuite) &quot;%1&quot;, que esta billetera no puede comprobar.</translation>
    </message>
    <message>
        <source>The proof has no type.</source>
        <translation>La prueba no tiene tipo.</translation>
    </message>
    <message>
        <source>The proof type &quot;%1&quot; is not one this wallet can check.</source>
        <translation>El tipo de prueba &quot;%1&quot; no es uno que esta billetera pueda comprobar.</translation>
    </message>
    <message>
        <source>There is no credential %1 in this wallet.</source>
        <translation>No hay ninguna credencial %1 en esta billetera.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address, a DID or a web address.</source>
        <translation>&quot;%1&quot; no es una dirección de correo electrónico, un DID ni una dirección web.</translation>
    </message>
    <message>
        <source>Add one key set or DID document at a time.</source>
        <translation>Añada un conjunto de claves o un documento DID cada vez.</translation>
    </message>
    <message>
        <source>The key that came inside the credential includes its private part, so it is refused: anyone who has the credential could sign with it.</source>
        <translation>La clave que venía dentro de la credencial incluye su parte privada, así que se rechaza: cualquiera que tenga la credencial podría firmar con ella.</translation>
    </message>
    <message>
        <source>Not checked: the key that came with the credential cannot be used.</source>
        <translation>No comprobado: no se puede usar la clave que venía con la credencial.</translation>
    </message>
    <message>
        <source>The key came inside the credential itself, so it shows the credential was not changed, but not who issued it. Add the issuer&apos;s key as trusted to check the issuer.</source>
        <translation>La clave venía dentro de la propia credencial, así que muestra que la credencial no se modificó, pero no quién la emitió. Añada la clave del emisor como de confianza para comprobar el emisor.</translation>
    </message>
    <message>
        <source>The credential does not carry the key %1.</source>
        <translation>La credencial no lleva la clave %1.</translation>
    </message>
    <message>
        <source>Signature valid: made with a key that came inside the credential</source>
        <translation>Firma válida: hecha con una clave que venía dentro de la credencial</translation>
    </message>
    <message>
        <source>The key that came with the credential cannot be used.</source>
        <translation>No se puede usar la clave que venía con la credencial.</translation>
    </message>
    <message>
        <source>The key %1 is a %2 key, but this proof needs a P-256 or P-384 key.</source>
        <translation>La clave %1 es una clave %2, pero esta prueba necesita una clave P-256 o P-384.</translation>
    </message>
    <message>
        <source>The credential holds &quot;%1&quot;, which none of its vocabularies (contexts) defines: the signature does not cover it, so the credential cannot be trusted.</source>
        <translation>La credencial contiene &quot;%1&quot;, que ninguno de sus vocabularios (contextos) define: la firma no lo cubre, así que no se puede confiar en la credencial.</translation>
    </message>
    <message>
        <source>The type &quot;%1&quot; is not defined by any of the credential&apos;s vocabularies (contexts): the signature does not cover it, so the credential cannot be trusted.</source>
        <translation>El tipo &quot;%1&quot; no está definido por ninguno de los vocabularios (contextos) de la credencial: la firma no lo cubre, así que no se puede confiar en la credencial.</translation>
    </message>
    <message>
        <source>The credential defines its own vocabulary inside it (a context for &quot;%1&quot;): the signature does not cover what its terms mean, so the credential cannot be trusted.</source>
        <translation>La credencial define su propio vocabulario dentro de sí misma (un contexto para &quot;%1&quot;): la firma no cubre lo que significan sus términos, así que no se puede confiar en la credencial.</translation>
    </message>
    <message>
        <source>The credential writes &quot;%1&quot; in a form that puts its data somewhere else than where it is read: what the credential shows may not be what was signed, so it cannot be trusted.</source>
        <translation>La credencial escribe &quot;%1&quot; de una forma que coloca sus datos en un lugar distinto de donde se leen: lo que muestra la credencial puede no ser lo que se firmó, así que no se puede confiar en ella.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a full web address or identifier: the signature does not cover it, so the credential cannot be trusted.</source>
        <translation>&quot;%1&quot; no es una dirección web ni un identificador completos: la firma no lo cubre, así que no se puede confiar en la credencial.</translation>
    </message>
    <message>
        <source>Part of the credential (&quot;%1&quot;) is left out of what the signature covers, so the credential cannot be trusted.</source>
        <translation>Una parte de la credencial (&quot;%1&quot;) queda fuera de lo que cubre la firma, así que no se puede confiar en la credencial.</translation>
    </message>
    <message>
        <source>The proof value is not a 96-byte P-384 ECDSA signature.</source>
        <translation>El valor de la prueba no es una firma ECDSA P-384 de 96 bytes.</translation>
    </message>
    <message>
        <source>The proof value is not a 64-byte P-256 ECDSA signature.</source>
        <translation>El valor de la prueba no es una firma ECDSA P-256 de 64 bytes.</translation>
    </message>
    <message>
        <source>Read as %1, but LER Wallet does not know its context %2, so the meaning of its terms was not checked.</source>
        <translation>Se leyó como %1, pero LER Wallet no conoce su contexto %2, así que no se comprobó el significado de sus términos.</translation>
    </message>
    <message>
        <source>at a time that was not recorded</source>
        <translation>en un momento que no se registró</translation>
    </message>
    <message>
        <source>The token holds both a credential and a presentation, so it cannot be read as either.</source>
        <translation>El token contiene a la vez una credencial y una presentación, así que no se puede leer como ninguna de las dos.</translation>
    </message>
    <message>
        <source>The credential names no issuer (its issuer has no id), so the signature cannot show who issued it.</source>
        <translation>La credencial no indica ningún emisor (su emisor no tiene id), así que la firma no puede mostrar quién la emitió.</translation>
    </message>
    <message>
        <source>The key came inside the presentation itself, so it shows the presentation was not changed, but not who made it.</source>
        <translation>La clave venía dentro de la propia presentación, así que muestra que la presentación no se modificó, pero no quién la hizo.</translation>
    </message>
    <message>
        <source>The presentation names %1 as its holder, but it was signed with a key of %2.</source>
        <translation>La presentación indica a %1 como su titular, pero se firmó con una clave de %2.</translation>
    </message>
    <message>
        <source>Not checked: nothing ties the signing key (%1) to the holder named in the presentation (%2).</source>
        <translation>No comprobado: nada vincula la clave de firma (%1) con el titular indicado en la presentación (%2).</translation>
    </message>
    <message>
        <source>The holder&apos;s key is part of their identifier %1, so no lookup was needed.</source>
        <translation>La clave del titular forma parte de su identificador %1, así que no fue necesario buscarla.</translation>
    </message>
    <message>
        <source>The holder&apos;s key was fetched from their web site (%1) %2.</source>
        <translation>La clave del titular se obtuvo de su sitio web (%1) %2.</translation>
    </message>
    <message>
        <source>The holder&apos;s key is one you added as trusted (%1).</source>
        <translation>La clave del titular es una que usted añadió como de confianza (%1).</translation>
    </message>
    <message>
        <source>CLR 2.0</source>
        <translation>CLR 2.0</translation>
    </message>
    <message>
        <source>Open Badges 3.0</source>
        <translation>Open Badges 3.0</translation>
    </message>
    <message>
        <source>Has every field the %1 schema requires.</source>
        <translation>Tiene todos los campos que exige el esquema %1.</translation>
    </message>
    <message>
        <source>The credential lacks %1, which the %2 schema requires; what it holds may be incomplete.</source>
        <translation>A la credencial le falta %1, que exige el esquema %2; lo que contiene puede estar incompleto.</translation>
    </message>
    <message>
        <source>New proofs can only use eddsa-rdfc-2022 or eddsa-jcs-2022 with an Ed25519 key, or ecdsa-rdfc-2019 or ecdsa-jcs-2019 with a P-256 or P-384 key.</source>
        <translation>Las nuevas pruebas solo pueden usar eddsa-rdfc-2022 o eddsa-jcs-2022 con una clave Ed25519, o ecdsa-rdfc-2019 o ecdsa-jcs-2019 con una clave P-256 o P-384.</translation>
    </message>
    <message>
        <source>The signer did not return a signature of the key&apos;s type.</source>
        <translation>El firmante no devolvió una firma del tipo de la clave.</translation>
    </message>
    <message numerus="yes">
        <source>Partly verified: the signature is valid and every check passed, but %n credential(s) inside are only self-asserted: stated by the person who presented them, not by an issuer.</source>
        <translation>
            <numerusform>Verificado en parte: la firma es válida y se superaron todas las comprobaciones, pero %n credencial incluida solo es declarada por la persona: la afirma quien la presentó, no un emisor.</numerusform>
            <numerusform>Verificado en parte: la firma es válida y se superaron todas las comprobaciones, pero %n credenciales incluidas solo son declaradas por la persona: las afirma quien las presentó, no un emisor.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not checked: nothing ties the signing key to the issuer.</source>
        <translation>No comprobado: nada vincula la clave de firma con el emisor.</translation>
    </message>
    <message>
        <source>Self-asserted: signed by the person who presented it, with their own wallet key. No issuer vouches for it.</source>
        <translation>Declarado por la persona: firmado por quien lo presentó, con la clave de su propia billetera. Ningún emisor lo respalda.</translation>
    </message>
    <message>
        <source>Not revoked or suspended, according to a copy of the issuer&apos;s status list saved on %1.</source>
        <translation>No revocada ni suspendida, según una copia de la lista de estado del emisor guardada el %1.</translation>
    </message>
    <message>
        <source>The status list was issued by %1, not by the credential&apos;s issuer.</source>
        <translation>La lista de estado la emitió %1, no el emisor de la credencial.</translation>
    </message>
    <message>
        <source>The signature of the issuer&apos;s status list could not be checked.</source>
        <translation>No se pudo comprobar la firma de la lista de estado del emisor.</translation>
    </message>
    <message>
        <source>Nothing ties the key that signed the status list to the credential&apos;s issuer.</source>
        <translation>Nada vincula la clave que firmó la lista de estado con el emisor de la credencial.</translation>
    </message>
    <message>
        <source>The holder made this presentation valid until %1; that time has passed.</source>
        <translation>El titular hizo que esta presentación fuera válida hasta %1; ese momento ya pasó.</translation>
    </message>
    <message>
        <source>The presentation was made %1 ago (on %2); presentations older than %3 are not accepted.</source>
        <translation>La presentación se hizo hace %1 (el %2); no se aceptan presentaciones con más de %3 de antigüedad.</translation>
    </message>
    <message>
        <source>Self-asserted: the person who presented it issued it to themself. No issuer vouches for it.</source>
        <translation>Declarado por la persona: quien lo presentó se lo emitió a sí mismo. Ningún emisor lo respalda.</translation>
    </message>
    <message>
        <source>Presented by the person it was issued to (%1).</source>
        <translation>Presentado por la persona a quien se emitió (%1).</translation>
    </message>
    <message>
        <source>Issued to %1, but presented by %2: nothing shows that the person who presented it is the one it was issued to.</source>
        <translation>Emitido a %1, pero presentado por %2: nada muestra que quien lo presentó sea la persona a quien se emitió.</translation>
    </message>
    <message>
        <source>The credential names no issuer: a credential&apos;s issuer must be given by its web address or DID.</source>
        <translation>La credencial no indica ningún emisor: el emisor de una credencial debe indicarse con su dirección web o su DID.</translation>
    </message>
    <message>
        <source>a VC-JOSE token (VC Data Model 2.0)</source>
        <translation>un token VC-JOSE (VC Data Model 2.0)</translation>
    </message>
    <message>
        <source>a VC-JWT (VC Data Model 1.1)</source>
        <translation>un VC-JWT (VC Data Model 1.1)</translation>
    </message>
    <message>
        <source>The token is a presentation or another kind of token, not a credential.</source>
        <translation>El token es una presentación u otro tipo de token, no una credencial.</translation>
    </message>
    <message>
        <source>The status list names no issuer, so it cannot speak for the credential&apos;s issuer.</source>
        <translation>La lista de estado no indica ningún emisor, así que no puede hablar en nombre del emisor de la credencial.</translation>
    </message>
    <message>
        <source>The issuer&apos;s status list fails its own verification, so it cannot be trusted.</source>
        <translation>La lista de estado del emisor no supera su propia verificación, así que no se puede confiar en ella.</translation>
    </message>
    <message>
        <source>The trusted keys file is not valid JSON (at character %1).</source>
        <translation>El archivo de claves de confianza no es JSON válido (en el carácter %1).</translation>
    </message>
    <message>
        <source>The trusted keys file has an entry that is not a JSON object.</source>
        <translation>El archivo de claves de confianza tiene una entrada que no es un objeto JSON.</translation>
    </message>
    <message>
        <source>The trusted keys file has an entry that is neither a key set nor a DID document.</source>
        <translation>El archivo de claves de confianza tiene una entrada que no es ni un conjunto de claves ni un documento DID.</translation>
    </message>
    <message>
        <source>The trusted keys file has a key that cannot be used.</source>
        <translation>El archivo de claves de confianza tiene una clave que no se puede usar.</translation>
    </message>
    <message>
        <source>The trusted keys file has a key whose &quot;kid&quot; is not a full key id, and no &quot;issuer&quot; it belongs to.</source>
        <translation>El archivo de claves de confianza tiene una clave cuyo &quot;kid&quot; no es un id de clave completo, y no se indica el &quot;issuer&quot; al que pertenece.</translation>
    </message>
    <message>
        <source>The token&apos;s id (jti) and the id inside the credential are different.</source>
        <translation>El identificador del token (jti) y el identificador dentro de la credencial son distintos.</translation>
    </message>
    <message>
        <source>The token&apos;s subject (sub) and the subject inside the credential are different, so it could be read as issued to either.</source>
        <translation>El titular del token (sub) y el titular dentro de la credencial son distintos, así que podría leerse como emitida a cualquiera de los dos.</translation>
    </message>
</context>
<context>
    <name>ler::verify::datamodel</name>
    <message>
        <source>The required property %1 is missing.</source>
        <translation>Falta la propiedad obligatoria %1.</translation>
    </message>
    <message>
        <source>%1 must be a URL, but it is &quot;%2&quot;.</source>
        <translation>%1 debe ser una URL, pero es &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1 must be a single URL, not a list.</source>
        <translation>%1 debe ser una sola URL, no una lista.</translation>
    </message>
    <message>
        <source>%1 must be an object, but it is &quot;%2&quot;.</source>
        <translation>%1 debe ser un objeto, pero es &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1 must be the URL of a context or a context object, but it is &quot;%2&quot;.</source>
        <translation>%1 debe ser la URL de un contexto o un objeto de contexto, pero es &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1 mixes the base contexts of VC Data Model 1.1 and 2.0.</source>
        <translation>%1 mezcla los contextos base de VC Data Model 1.1 y 2.0.</translation>
    </message>
    <message>
        <source>%1 must start with the W3C credentials base context, but it starts with &quot;%2&quot;.</source>
        <translation>%1 debe comenzar con el contexto base de credenciales del W3C, pero comienza con &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1 must be one or more terms or URLs, but it has &quot;%2&quot;.</source>
        <translation>%1 debe ser uno o más términos o URL, pero contiene &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1 must include %2.</source>
        <translation>%1 debe incluir %2.</translation>
    </message>
    <message>
        <source>%1 names both VerifiableCredential and VerifiablePresentation: a document is one or the other.</source>
        <translation>%1 indica a la vez VerifiableCredential y VerifiablePresentation: un documento es lo uno o lo otro.</translation>
    </message>
    <message>
        <source>%1 makes no claim about its subject.</source>
        <translation>%1 no contiene ningún dato sobre su sujeto.</translation>
    </message>
    <message>
        <source>%1 must be a date and time with a time zone (an XML Schema dateTimeStamp), but it is &quot;%2&quot;.</source>
        <translation>%1 debe ser una fecha y hora con zona horaria (un dateTimeStamp de XML Schema), pero es &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1 must be an XML Schema date and time, but it is &quot;%2&quot;.</source>
        <translation>%1 debe ser una fecha y hora de XML Schema, pero es &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1 must not be earlier than validFrom, but it is %2.</source>
        <translation>%1 no debe ser anterior a validFrom, pero es %2.</translation>
    </message>
    <message>
        <source>%1 repeats &quot;%2&quot;: each related resource is listed once.</source>
        <translation>%1 repite &quot;%2&quot;: cada recurso relacionado se indica una sola vez.</translation>
    </message>
    <message>
        <source>%1 must give a digestSRI or digestMultibase for the resource.</source>
        <translation>%1 debe indicar un digestSRI o un digestMultibase para el recurso.</translation>
    </message>
    <message>
        <source>%1 must be text or a language value object (@value with an optional @language and @direction), but it is &quot;%2&quot;.</source>
        <translation>%1 debe ser texto o un objeto de valor con idioma (@value con @language y @direction opcionales), pero es &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1 of an enveloped credential must be a data: URL, but it is &quot;%2&quot;.</source>
        <translation>%1 de una credencial envuelta debe ser una URL data:, pero es &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The type &quot;%1&quot; does not stand for a URL: no context of the document defines it.</source>
        <translation>El tipo &quot;%1&quot; no representa una URL: ningún contexto del documento lo define.</translation>
    </message>
    <message>
        <source>The document is too large or too deeply nested to check safely (%1).</source>
        <translation>El documento es demasiado grande o está demasiado anidado para comprobarlo de forma segura (%1).</translation>
    </message>
    <message>
        <source>%1 is not valid JSON-LD: %2.</source>
        <translation>%1 no es JSON-LD válido: %2.</translation>
    </message>
    <message>
        <source>%1 is not as the W3C data model requires (%2).</source>
        <translation>%1 no cumple lo que exige el modelo de datos del W3C (%2).</translation>
    </message>
</context>
</TS>
