<?php
/**
 * Router for PHP's built-in server, doing what Apache's rewrite rules do for
 * WordPress: existing files are served as they are, everything else (pretty
 * permalinks such as /care/back-care/) goes to index.php.
 *
 * @package MassageAdvisor
 */

$massage_advisor_path = rawurldecode( (string) parse_url( $_SERVER['REQUEST_URI'], PHP_URL_PATH ) );
$massage_advisor_file = $_SERVER['DOCUMENT_ROOT'] . $massage_advisor_path;

if ( is_dir( $massage_advisor_file ) && is_file( rtrim( $massage_advisor_file, '/' ) . '/index.php' ) ) {
	$massage_advisor_file = rtrim( $massage_advisor_file, '/' ) . '/index.php';
}
if ( is_file( $massage_advisor_file ) ) {
	if ( '.php' !== substr( $massage_advisor_file, -4 ) ) {
		return false;
	}
	$_SERVER['SCRIPT_NAME']     = substr( $massage_advisor_file, strlen( $_SERVER['DOCUMENT_ROOT'] ) );
	$_SERVER['SCRIPT_FILENAME'] = $massage_advisor_file;
	chdir( dirname( $massage_advisor_file ) );
	require $massage_advisor_file;
	return true;
}
$_SERVER['SCRIPT_NAME']     = '/index.php';
$_SERVER['SCRIPT_FILENAME'] = $_SERVER['DOCUMENT_ROOT'] . '/index.php';
chdir( $_SERVER['DOCUMENT_ROOT'] );
require $_SERVER['DOCUMENT_ROOT'] . '/index.php';
