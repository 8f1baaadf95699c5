<?php
/**
 * Plugin Name:       Massage Advisor
 * Plugin URI:        https://github.com/massage-advisor/massage-advisor
 * Description:       A back-care questionnaire that suggests suitable massage types, says when to see a doctor first, and runs entirely in the visitor's browser. Add it with the "Massage advisor" block or the [massage_advisor] shortcode.
 * Version:           {{VERSION}}
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       massage-advisor
 *
 * @package MassageAdvisor
 */

defined( 'ABSPATH' ) || exit;

define( 'MASSAGE_ADVISOR_VERSION', '{{VERSION}}' );

// The facts the widget owns (its attributes, languages, themes and heading
// levels), generated from its Rust by tests/host_facts.rs.
require_once __DIR__ . '/includes/facts.php';

/**
 * A `heading-level` value as the widget reads it: ASCII digits, an optional
 * `+` before them, ASCII whitespace around, 1 to 6 ("3", " +03 "; not "3.0",
 * "0x3" or "7"); null otherwise. The widget's Rust and JavaScript apply the
 * same rule, checked on one fixture (tests/fixtures/heading-levels.json).
 *
 * @param mixed $value The attribute's value.
 * @return int|null The level, or null when the value is not one.
 */
function massage_advisor_heading_level( $value ) {
	$levels = massage_advisor_heading_levels();
	$value  = trim( (string) $value, " \t\n\r\f" );
	if ( ! preg_match( '/^\+?0*([0-9]+)$/', $value, $digits ) || strlen( $digits[1] ) > 1 ) {
		return null;
	}
	$level = (int) $digits[1];
	return $level >= $levels['min'] && $level <= $levels['max'] ? $level : null;
}

/**
 * Enqueues the widget's module, once per page however many widgets it has,
 * from this plugin's folder: an absolute URL, right under any permalink.
 */
function massage_advisor_enqueue() {
	wp_enqueue_script(
		'massage-advisor',
		plugins_url( 'assets/massage-advisor.js', __FILE__ ),
		array(),
		MASSAGE_ADVISOR_VERSION,
		true
	);
}

/**
 * Prints the module's script tag as `type="module"` (WordPress 6.1 has no
 * module API). No `integrity`: optimising plugins that rewrite scripts would
 * break it without a word.
 *
 * @param string $tag    The script tag WordPress built.
 * @param string $handle The script's handle.
 * @return string The tag to print.
 */
function massage_advisor_module_tag( $tag, $handle ) {
	if ( 'massage-advisor' !== $handle ) {
		return $tag;
	}
	// Any `type` WordPress wrote (text/javascript, for themes without HTML5
	// script support) gives way to `type="module"`; the rest of the tag stays.
	$tag = preg_replace( '/\stype=([\'"])[^\'"]*\1/', '', $tag );
	return str_replace( '<script ', '<script type="module" ', $tag );
}
add_filter( 'script_loader_tag', 'massage_advisor_module_tag', 10, 2 );

/**
 * The `<massage-advisor>` element with the given attributes, escaped.
 *
 * @param array<string, mixed> $values   Element attribute => value; empty values are left out.
 *                                       `id` is the element's HTML id (give each widget on a page its own).
 * @param string               $fallback HTML shown if the questionnaire cannot start (say, how to call
 *                                       the clinic); filtered like post content.
 * @return string HTML.
 */
function massage_advisor_element( $values, $fallback = '' ) {
	massage_advisor_enqueue();
	$html = '<massage-advisor';
	if ( ! empty( $values['id'] ) ) {
		$html .= sprintf( ' id="%s"', esc_attr( sanitize_html_class( $values['id'] ) ) );
	}
	// Each value trimmed once, of ASCII whitespace only, as the widget trims
	// it: the element and the first step printed below read the same value.
	$given = array();
	foreach ( array_keys( massage_advisor_attributes() ) as $name ) {
		$value = isset( $values[ $name ] ) ? trim( (string) $values[ $name ], " \t\n\r\f" ) : '';
		if ( '' === $value ) {
			continue;
		}
		$given[ $name ] = $value;
		// A website gets WordPress's URL escaping; every other value plain
		// attribute escaping (a booking URL keeps its {therapy} placeholder,
		// which URL escaping would strip; the widget accepts https: only).
		$escaped = 'clinic-url' === $name ? esc_url( $value, array( 'https' ) ) : esc_attr( $value );
		$html   .= sprintf( ' %s="%s"', $name, $escaped );
	}
	$step = massage_advisor_first_step( $given );
	// With the step printed, the .wasm is preloaded too (before the element,
	// never inside it, where it would read as the host's fallback).
	return ( '' === $step ? '' : massage_advisor_preload() ) . $html . '>' . $step . wp_kses_post( $fallback ) . '</massage-advisor>';
}

/**
 * The widget's first step as HTML, for the browser to show before the
 * module has even loaded: a declarative shadow root, built by the release
 * from the widget itself (assets/first-step/), styled by the stylesheet
 * printed inline (allowed under a strict Content-Security-Policy by its
 * hash, assets/first-step/style.csp), in the
 * language, heading level and theme the element will use. The element takes
 * it over with whatever the visitor ticked on it. Empty if the plugin's copy
 * is missing: the module then shows the step itself.
 *
 * @param array<string, mixed> $values Element attribute => value.
 * @return string HTML.
 */
function massage_advisor_first_step( $values ) {
	// The element's language: its own `lang`, else the page's (WordPress
	// writes the site's language into `<html lang>`), else the first.
	$languages = massage_advisor_languages();
	$lang      = $languages[0];
	foreach ( array( isset( $values['lang'] ) ? (string) $values['lang'] : '', get_bloginfo( 'language' ) ) as $tag ) {
		$parts   = preg_split( '/[-_]/', (string) $tag );
		$primary = strtolower( $parts[0] );
		if ( in_array( $primary, $languages, true ) ) {
			$lang = $primary;
			break;
		}
	}
	$file = __DIR__ . "/assets/first-step/$lang.html";
	if ( ! is_readable( $file ) ) {
		return '';
	}
	// phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents -- a file of this plugin, not a URL.
	$html = file_get_contents( $file );
	if ( false === $html ) {
		return '';
	}
	// Headings at the element's `heading-level` (the file is at the default
	// level), as the widget reads it.
	$levels = massage_advisor_heading_levels();
	$level  = massage_advisor_heading_level( isset( $values['heading-level'] ) ? $values['heading-level'] : '' );
	$level  = null === $level ? $levels['fallback'] : $level;
	$html   = preg_replace_callback(
		'/<(\/?)h([1-6])\b/',
		function ( $m ) use ( $level, $levels ) {
			return '<' . $m[1] . 'h' . min( $levels['max'], max( $levels['min'], (int) $m[2] + $level - $levels['fallback'] ) );
		},
		$html
	);
	$theme  = isset( $values['theme'] ) ? strtolower( (string) $values['theme'] ) : '';
	if ( in_array( $theme, massage_advisor_themes(), true ) ) {
		$html = preg_replace( '/data-theme="auto"/', 'data-theme="' . $theme . '"', $html, 1 );
	}
	// phpcs:ignore WordPress.WP.EnqueuedResources.NonEnqueuedStylesheet -- the step's own link, replaced: a shadow root cannot use an enqueued stylesheet.
	return str_replace( '<link rel="stylesheet" href="massage-advisor.css">', massage_advisor_step_style(), trim( $html ) );
}

/**
 * The step's stylesheet, inline: a stylesheet file inside the shadow root
 * would hold the step back by a round trip. (A site whose
 * Content-Security-Policy forbids inline styles allows this one by the hash
 * in assets/first-step/style.csp; without it the step shows unstyled until
 * the widget starts, then styled.) The plugin's own file, never input.
 *
 * @return string HTML.
 */
function massage_advisor_step_style() {
	static $style = null;
	if ( null === $style ) {
		// phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents -- a file of this plugin, not a URL.
		$css = file_get_contents( __DIR__ . '/assets/massage-advisor.css' );
		if ( false === $css || false !== stripos( $css, '</style' ) ) {
			// The stylesheet file, as before: slower, never broken.
			$url = add_query_arg( 'ver', MASSAGE_ADVISOR_VERSION, plugins_url( 'assets/massage-advisor.css', __FILE__ ) );
			// phpcs:ignore WordPress.WP.EnqueuedResources.NonEnqueuedStylesheet -- inside the widget's shadow root, which an enqueued stylesheet cannot reach.
			$style = '<link rel="stylesheet" href="' . esc_url( $url ) . '">';
		} else {
			$style = '<style>' . $css . '</style>';
		}
	}
	return $style;
}

/**
 * Once per page, before the first widget: the .wasm preloaded, so that it
 * downloads while the page is still being read rather than once the module
 * has run (the module's own fetch then takes it, checked against the same
 * hash). Nothing when the hash file is missing.
 *
 * @return string HTML.
 */
function massage_advisor_preload() {
	static $printed = false;
	if ( $printed ) {
		return '';
	}
	$printed = true;
	// phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents -- a file of this plugin, not a URL.
	$sri = file_get_contents( __DIR__ . '/assets/first-step/wasm.sri' );
	if ( false === $sri || ! preg_match( '/^sha384-[A-Za-z0-9+\/=]+$/', trim( $sri ) ) ) {
		return '';
	}
	$wasm = plugins_url( 'assets/massage-advisor.wasm', __FILE__ );
	return sprintf(
		'<link rel="preload" href="%s" as="fetch" crossorigin="anonymous" integrity="%s">',
		esc_url( $wasm ),
		esc_attr( trim( $sri ) )
	);
}

/**
 * The `[massage_advisor]` shortcode: its attributes are the element's
 * (`clinic-name="…"`, or `clinic_name="…"`) and `id`; what it encloses
 * (`[massage_advisor]…[/massage_advisor]`) shows if it cannot start.
 *
 * @param array<string, string>|string $atts    Shortcode attributes.
 * @param string|null                  $content Enclosed content.
 * @return string HTML.
 */
function massage_advisor_shortcode( $atts, $content = null ) {
	$values = array();
	foreach ( (array) $atts as $key => $value ) {
		$values[ str_replace( '_', '-', strtolower( (string) $key ) ) ] = $value;
	}
	$defaults = array_fill_keys( array_merge( array( 'id' ), array_keys( massage_advisor_attributes() ) ), '' );
	return massage_advisor_element(
		shortcode_atts( $defaults, $values, 'massage_advisor' ),
		null === $content ? '' : do_shortcode( $content )
	);
}
add_shortcode( 'massage_advisor', 'massage_advisor_shortcode' );

/**
 * Renders the block on the page.
 *
 * @param array<string, mixed> $attributes The block's attributes.
 * @return string HTML.
 */
function massage_advisor_render_block( $attributes ) {
	$values = array();
	foreach ( massage_advisor_attributes() as $name => $key ) {
		if ( isset( $attributes[ $key ] ) && is_scalar( $attributes[ $key ] ) ) {
			$values[ $name ] = (string) $attributes[ $key ];
		}
	}
	$fallback = '';
	if ( ! empty( $attributes['fallback'] ) && is_string( $attributes['fallback'] ) ) {
		$fallback = '<p>' . esc_html( $attributes['fallback'] ) . '</p>';
	}
	return sprintf(
		'<div %s>%s</div>',
		get_block_wrapper_attributes(),
		massage_advisor_element( $values, $fallback )
	);
}

/**
 * Registers the block (its editor script needs no build step).
 */
function massage_advisor_register_block() {
	register_block_type(
		__DIR__ . '/block',
		array( 'render_callback' => 'massage_advisor_render_block' )
	);
}
add_action( 'init', 'massage_advisor_register_block' );
