<?php
/**
 * The plugin's heading-level rule on the fixture the Rust and JavaScript
 * tests read (tests/fixtures/heading-levels.json), and its generated facts
 * loaded: `php tests/wordpress/facts-test.php` (run by scripts/test-wordpress.sh).
 * Exits 1 on the first difference, naming it.
 *
 * @package MassageAdvisor
 */

// Just enough of WordPress for the plugin file to load outside it.
define( 'ABSPATH', __DIR__ . '/' );
foreach ( array( 'add_filter', 'add_action', 'add_shortcode' ) as $hook ) {
	if ( ! function_exists( $hook ) ) {
		eval( "function $hook() {}" ); // phpcs:ignore Squiz.PHP.Eval.Discouraged -- a test stub.
	}
}
require dirname( __DIR__, 2 ) . '/packaging/wordpress/massage-advisor/massage-advisor.php';

$cases = json_decode( file_get_contents( dirname( __DIR__ ) . '/fixtures/heading-levels.json' ), true );
if ( ! is_array( $cases ) || count( $cases ) < 10 ) {
	fwrite( STDERR, "facts-test: the fixture could not be read\n" );
	exit( 1 );
}
foreach ( $cases as $case ) {
	list( $value, $expected ) = $case;
	$got = massage_advisor_heading_level( $value );
	if ( $got !== $expected ) {
		fwrite( STDERR, 'facts-test: heading-level ' . json_encode( $value ) . ' gave ' . json_encode( $got ) . ', expected ' . json_encode( $expected ) . "\n" );
		exit( 1 );
	}
}
$attributes = massage_advisor_attributes();
if ( ! isset( $attributes['heading-level'] ) || 'headingLevel' !== $attributes['heading-level'] ) {
	fwrite( STDERR, "facts-test: the generated attribute map is not loaded\n" );
	exit( 1 );
}
echo 'facts-test: ' . count( $cases ) . " heading-level values read as Rust and JavaScript read them\n";
